package no.praksis.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.praksis.cli.Main;

/**
 * Run once by the build, in a JVM that records the class-data-sharing archive at its exit
 * ({@code -XX:ArchiveClassesAtExit}): validates the agreements given, as {@code ./praksis validate}
 * does, so that the archive holds the classes a check loads and even the first run after a build
 * starts fast. Writes beside the archive the real path of the java that made it, which the launcher
 * compares with its own: an archive only fits the JVM that recorded it.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /**
     * {@code ArchiveTraining JVM-FILE AGREEMENT…}: each agreement is validated (text and JSON), and
     * the first also rendered, explained and listed among the rules, so that those commands start
     * from the archive too. Not diff: OpenJDK 17.0.15 crashes recording an archive after JGit's
     * classes were loaded (see the launcher).
     */
    public static void main(String[] args) throws IOException {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (int i = 1; i < args.length; i++) {
            Main.run(new String[] {"validate", args[i]}, nowhere, nowhere, System.in);
            Main.run(new String[] {"validate", "--format", "json", args[i]}, nowhere, nowhere, System.in);
        }
        Path contracts = Files.createTempDirectory("praksis-training");
        try {
            Path contract = contracts.resolve("kontrakt.pdf");
            Main.run(new String[] {"render", "-o", contract.toString(), args[1]}, nowhere, nowhere, System.in);
            Files.deleteIfExists(contract);
        } finally {
            Files.deleteIfExists(contracts);
        }
        Main.run(new String[] {"rules"}, nowhere, nowhere, System.in);
        Main.run(new String[] {"explain", "RAMMEPLAN-3-CAPACITY"}, nowhere, nowhere, System.in);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Files.writeString(Path.of(args[0]), java + "\n", StandardCharsets.UTF_8);
    }
}
