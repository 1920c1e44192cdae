package no.praksis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


/**
 * {@code praksis init FILE}: writes a new agreement skeleton with the editor's schema line, every
 * section of the format, and {@code <<FYLL INN: …>>} placeholders. It never overwrites a file unless
 * asked to with {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Lager et utkast til ny avtale med alle avsnitt og plassholdere <<FYLL INN: …>>.")
final class InitCommand implements Callable<Integer> {

    private static final String SCHEMA_FILE = "schema/praksisavtale-v1.schema.json";

    enum AgreementLanguage { nb, nn, en }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Filen som skal lages, for eksempel agreements/ny-avtale.yaml.")
    Path file;

    @CommandLine.Mixin
    Overwrite overwrite;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "nb",
            description = "Språket kontrakten skal skrives på: ${COMPLETION-CANDIDATES} (standard: ${DEFAULT-VALUE}).")
    AgreementLanguage language;

    @Option(names = "--schema", paramLabel = "PATH-OR-URL",
            description = "Hvor editoren finner JSON-skjemaet. Standard: skjemaet i denne praksis-installasjonen.")
    String schema;

    @Override
    public Integer call() throws IOException {
        if (overwrite.refuses(file, spec.commandLine().getErr())) {
            return 2;
        }
        String skeleton;
        try (InputStream in = InitCommand.class.getResourceAsStream("agreement-skeleton.yaml")) {
            skeleton = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] content = skeleton.replace("{{schema}}", schemaReference()).replace("{{language}}", language.name())
                .getBytes(StandardCharsets.UTF_8);
        overwrite.write(file, content);
        spec.commandLine().getOut().println("praksis: skrev " + file + ". Erstatt plassholderne <<FYLL INN: …>>, "
                + "og kontroller avtalen med: praksis validate " + file);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The schema as the editor should find it from the new file: relative to it when the schema is on disk. */
    private String schemaReference() {
        if (schema != null) {
            return schema;
        }
        Path installed = installedSchema();
        if (installed == null) {
            return SCHEMA_FILE;
        }
        Path directory = file.toAbsolutePath().normalize().getParent();
        return directory.relativize(installed).toString().replace('\\', '/');
    }

    /** The schema file of the checkout this tool runs from (the jar sits in validator/target/). */
    private static Path installedSchema() {
        try {
            Path location = Paths.get(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = location; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(SCHEMA_FILE);
                if (Files.isRegularFile(candidate)) {
                    return candidate.toAbsolutePath().normalize();
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
        return null;
    }
}
