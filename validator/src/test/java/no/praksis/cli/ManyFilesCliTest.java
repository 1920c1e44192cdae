package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.JsonText;

/**
 * A folder of twenty thousand agreements, each with findings, reported in every format at once in a
 * 256 MB heap: reports are written as the files are checked, and no file's report is kept. Before,
 * the whole run was held and each report built as one string; the JUnit report alone (a test case
 * per rule per file, 1.3 million) did not fit.
 */
class ManyFilesCliTest {

    @TempDir
    Path directory;

    @Test
    void twentyThousandFilesAreReportedInEveryFormatInA256MegabyteHeap() throws Exception {
        Path agreements = Files.createDirectories(directory.resolve("avtaler"));
        for (int i = 0; i < 20_000; i++) {
            Files.writeString(agreements.resolve(String.format("avtale-%05d.yaml", i)),
                    "format: praksisavtale/v1\nid: avtale-" + i + "\nversion: 1\nlanguage: nb\n");
        }
        Path json = directory.resolve("praksis.json");
        Path sarif = directory.resolve("praksis.sarif");
        Path junit = directory.resolve("praksis-junit.xml");
        Path text = directory.resolve("ut.txt");
        Path err = directory.resolve("feil.txt");
        Process process = ChildCli.praksis(List.of("-Xmx256m", "-XX:+UseSerialGC"), "validate", agreements.toString(),
                "--format", "text", "--format", "json", "--output", json.toString(), "--format", "sarif", "--output",
                sarif.toString(), "--format", "junit", "--output", junit.toString())
                .redirectOutput(text.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("finishes").isTrue();
        assertThat(Files.readString(err)).as("nothing on standard error").isEmpty();
        assertThat(process.exitValue()).isEqualTo(1);

        assertThat(last(text, 200)).endsWith("20000 filer kontrollert: 0 gyldige, 20000 med feil. 200000 feil, "
                + "60000 advarsler, 0 merknader.\n");
        JsonNode report = JsonText.MAPPER.readTree(json.toFile());
        assertThat(report.at("/files")).hasSize(20_000);
        assertThat(report.at("/files/19999/agreementId").asString()).isEqualTo("avtale-19999");
        assertThat(report.at("/summary/errors").asLong()).isEqualTo(200_000);
        assertThat(JsonText.MAPPER.readTree(sarif.toFile()).at("/runs/0/results")).hasSize(260_000);
        assertThat(first(junit, 200)).contains("<testsuites name=\"praksis\" tests=\"");
        assertThat(last(junit, 40)).endsWith("</testsuite>\n</testsuites>\n");
    }

    private static String first(Path file, int bytes) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(bytes, in.length())];
            in.readFully(head);
            return new String(head, StandardCharsets.UTF_8);
        }
    }

    private static String last(Path file, int bytes) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - bytes);
            byte[] tail = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        }
    }
}
