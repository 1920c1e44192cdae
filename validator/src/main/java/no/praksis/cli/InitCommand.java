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

import no.praksis.validator.Texts;

/**
 * {@code praksis init FILE}: writes a new agreement skeleton with the editor's schema line, every
 * section of the format, and {@code <<FYLL INN: …>>} placeholders. It never overwrites a file unless
 * asked to with {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    private static final String SCHEMA_FILE = "schema/praksisavtale-v1.schema.json";

    enum AgreementLanguage { nb, nn, en }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "init.file")
    Path file;

    @CommandLine.Mixin
    Overwrite overwrite;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "nb", descriptionKey = "init.language")
    AgreementLanguage language;

    @Option(names = "--schema", paramLabel = "PATH-OR-URL", descriptionKey = "init.schema")
    String schema;

    @CommandLine.Mixin
    MessageLanguage messages;

    @Override
    public Integer call() throws IOException {
        Texts texts = Texts.of(spec.resourceBundle());
        if (overwrite.refuses(file, spec.commandLine().getErr(), texts)) {
            return 2;
        }
        String skeleton;
        try (InputStream in = InitCommand.class.getResourceAsStream("agreement-skeleton.yaml")) {
            skeleton = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] content = skeleton.replace("{{schema}}", schemaReference()).replace("{{language}}", language.name())
                .getBytes(StandardCharsets.UTF_8);
        overwrite.write(file, content);
        spec.commandLine().getOut().println(texts.get("init.wrote", "file", file));
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
