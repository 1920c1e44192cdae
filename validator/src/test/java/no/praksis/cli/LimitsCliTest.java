package no.praksis.cli;

import static no.praksis.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import no.praksis.cli.CliTest.Run;
import no.praksis.schema.JsonText;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.load.LoadLimits;

/**
 * The loader's limits, end to end through the command line: each file beyond a limit is a finding
 * naming the file (and the line, where there is one), never an OutOfMemoryError, a
 * StackOverflowError or a stack trace; the good file of the same run is still checked.
 */
class LimitsCliTest {

    private static final String SUMMARY_ONE_BAD = "2 filer kontrollert: 1 gyldig, 1 med feil. 1 feil, 0 advarsler, 0 merknader.\n";

    private static final String complete = TestAgreements.complete();

    @TempDir
    Path directory;

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path good() throws IOException {
        return write("god.yaml", complete);
    }

    private static void assertNoStackTrace(Run run) {
        BrokenInputCliTest.assertNoStackTrace(run);
    }

    /** The headline of the one finding about {@code file}, and a run that went on to the good file. */
    private static void assertRejected(Run run, Path file, int line, int column, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(file + ":" + line + ":" + column + ": error parse " + message)
                .endsWith(SUMMARY_ONE_BAD);
        assertNoStackTrace(run);
    }

    @Test
    void aTenMegabyteFileIsRejectedWithoutBeingRead() throws IOException {
        Path big = directory.resolve("stor.yaml");
        byte[] content = ("title: " + "a".repeat(10 * 1024 * 1024 - 8) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(big, content);
        Run run = run("validate", big.toString(), good().toString());
        assertRejected(run, big, 1, 1, "Filen er på 10485760 byte, mer enn grensen på 4194304 byte.");
    }

    @Test
    void standardInputIsReadNoFurtherThanTheLimit() {
        // An endless stream: reading it all would never end, and never fit in memory.
        CountingEndlessInput endless = new CountingEndlessInput();
        Run run = run(endless, "validate", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("<stdin>:1:1: error parse Inndataene er større enn grensen på 4194304 byte.");
        assertNoStackTrace(run);
        assertThat(endless.read).isLessThanOrEqualTo(LoadLimits.DEFAULT_MAX_BYTES + 1);

        CountingEndlessInput small = new CountingEndlessInput();
        Run limited = run(small, "validate", "--max-file-size", "1000", "-");
        assertThat(limited.out()).startsWith("<stdin>:1:1: error parse Inndataene er større enn grensen på 1000 byte.");
        assertThat(small.read).isEqualTo(1001);
    }

    @Test
    void theFileSizeLimitIsSetWithMaxFileSize() throws IOException {
        Path agreement = good();
        long size = Files.size(agreement);
        Path other = write("annen.yaml", TestAgreements.complete("oslomet-baerum-helse-2027"));
        Run tooSmall = run("validate", "--max-file-size", String.valueOf(size - 1), agreement.toString(), "-");
        assertThat(tooSmall.exitCode()).isEqualTo(2);
        assertThat(tooSmall.out()).startsWith(agreement + ":1:1: error parse Filen er på " + size
                + " byte, mer enn grensen på " + (size - 1) + " byte.");
        assertThat(run("validate", "--max-file-size", String.valueOf(size), agreement.toString(), other.toString())
                .exitCode()).isZero();
        Run stdin = run(new ByteArrayInputStream(complete.getBytes(StandardCharsets.UTF_8)), "validate",
                "--max-file-size", String.valueOf(size - 1), "-");
        assertThat(stdin.out()).startsWith("<stdin>:1:1: error parse Inndataene er større enn grensen på " + (size - 1)
                + " byte.");
        assertThat(run(new ByteArrayInputStream(complete.getBytes(StandardCharsets.UTF_8)), "validate",
                "--max-file-size", String.valueOf(size), "-").exitCode()).isZero();
    }

    @Test
    void aMaxFileSizeOutsideItsRangeIsAUsageError() throws IOException {
        String file = good().toString();
        for (String size : List.of("0", "-1", String.valueOf(LoadLimits.MAX_MAX_BYTES + 1), "4MB")) {
            Run run = run("validate", "--max-file-size", size, file);
            assertThat(run.exitCode()).as(size).isEqualTo(2);
            assertThat(run.out()).as(size).isEmpty();
            assertThat(run.err()).as(size).contains("--max-file-size").doesNotContain("\tat ");
        }
        assertThat(run("validate", "--help").out()).contains("--max-file-size=BYTES")
                .contains("standard: " + LoadLimits.DEFAULT_MAX_BYTES);
    }

    @Test
    void aHundredThousandNestedBracketsAreRejectedAtTheDepthLimit() throws IOException {
        Path brackets = write("klammer.yaml", "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        Path good = good();
        // The mapping is the first level and the first bracket, in column 4, the second: the 64th
        // bracket goes too deep.
        assertRejected(run("validate", brackets.toString(), good.toString()), brackets, 1, 4 + 63,
                "Dokumentet er nestet dypere enn 64 nivåer.");
        Path braces = write("krøllparenteser.yaml", "a: " + "{b: ".repeat(100_000) + "}".repeat(100_000) + "\n");
        assertRejected(run("validate", braces.toString(), good.toString()), braces, 1, 4 + 63 * 4,
                "Dokumentet er nestet dypere enn 64 nivåer.");
        Path dashes = write("streker.yaml", "- ".repeat(100_000) + "a\n");
        assertRejected(run("validate", dashes.toString(), good.toString()), dashes, 1, 1 + 64 * 2,
                "Dokumentet er nestet dypere enn 64 nivåer.");
        // An alias to the list it is in: infinitely deep once expanded, reported at the alias.
        Path recursive = write("rekursiv.yaml", "format: praksisavtale/v1\nid: &a [*a]\n");
        assertRejected(run("validate", recursive.toString(), good.toString()), recursive, 2, 9,
                "Dokumentet er nestet dypere enn 64 nivåer.");
    }

    @Test
    void aBillionLaughsDocumentIsRejectedWithoutBeingExpanded() throws IOException {
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        Path bomb = write("latter.yaml", laughs.toString());
        Path good = good();
        // A billion values once expanded, rejected after 50 000. How fast is measured by
        // bench/hostile.sh (docs/benchmarks.md: some 70 ms more than the good file alone); the
        // timeout here only catches a run that expands the bomb and so would never end.
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("validate", bomb.toString(), good.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(bomb + ":").contains(": error parse Dokumentet bruker YAML-aliaser (*navn) "
                + "ut over grensen: høyst 100 aliaser til lister og samlinger, og høyst 50000 verdier")
                .endsWith(SUMMARY_ONE_BAD);
        assertNoStackTrace(run);
    }

    @Test
    void aliasesToALongValueAreBoundedByTheTextTheyExpandTo() throws IOException {
        String value = "x".repeat(99_000);
        // 49 000 aliases to the value: five billion characters, each scanned whole; a minute before.
        StringBuilder list = new StringBuilder("format: praksisavtale/v1\ntitle: &t " + value + "\nextensions:\n  l:\n");
        list.append("    - *t\n".repeat(49_000));
        Path aliases = write("aliaser.yaml", list.toString());
        // Where a code is expected, each alias also had its "did you mean" computed against every code,
        // over the whole value: 30 s for a hundred aliases, no end in sight for a thousand.
        Path hundred = write("koder-100.yaml", sites(value, 100));
        Path thousand = write("koder-1000.yaml", sites(value, 1000));
        // Eighty are within the limit: each place the alias fills is checked, and reported at the alias.
        Path eighty = write("koder-80.yaml", sites(value, 80));
        Path good = good();
        // The run takes a fraction of a second; the timeout only catches a run that expands every alias.
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", aliases.toString(),
                hundred.toString(), thousand.toString(), eighty.toString(), good.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        String limit = ": error parse Når YAML-aliasene (*navn) er satt inn, blir teksten i dokumentet til sammen mer enn "
                + 2 * LoadLimits.DEFAULT_MAX_BYTES + " tegn; grensen nås her.";
        // 99 038 characters written out, and the 84th alias of 99 000 goes beyond 8 388 608.
        assertThat(run.out()).contains(aliases + ":88:7" + limit)
                // 99 035 written out, 99 011 for each site: the value of the 84th goes beyond.
                .contains(hundred + ":88:18" + limit).contains(thousand + ":88:18" + limit)
                .contains(eighty + ":5:18: error SCHEMA-ENUM «xxxxx").contains(eighty + ":84:18: error SCHEMA-ENUM «xxxxx")
                .doesNotContain("Mente du")
                .endsWith("5 filer kontrollert: 1 gyldig, 4 med feil. 333 feil, 3 advarsler, 0 merknader.\n");
        assertThat(run.out().lines().filter(l -> l.startsWith(eighty + ":") && l.contains("SCHEMA-ENUM"))).hasSize(80);
        assertNoStackTrace(run);
    }

    /** An agreement of {@code count} sites whose service area is an alias to {@code value}. */
    private static String sites(String value, int count) {
        return "format: praksisavtale/v1\nid: x\ntitle: &t " + value + "\nsites:\n" + "  - serviceArea: *t\n".repeat(count);
    }

    @Test
    void moreAliasesThanTheLimitAreRejected() throws IOException {
        StringBuilder many = new StringBuilder("format: praksisavtale/v1\nbase: &b [x]\nlist:\n");
        for (int i = 0; i < 101; i++) {
            many.append("  - *b\n");
        }
        Path aliases = write("aliaser.yaml", many.toString());
        Run run = run("validate", aliases.toString(), good().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith(aliases + ":").contains("error parse Dokumentet bruker YAML-aliaser")
                .endsWith(SUMMARY_ONE_BAD);
        assertNoStackTrace(run);
    }

    @Test
    void aFiveMegabyteScalarIsRejectedAndNotPrintedToTheTerminal() throws IOException {
        int length = 5 * 1024 * 1024;
        Path scalar = write("lang-verdi.yaml", "format: praksisavtale/v1\ntitle: " + "x".repeat(length) + "\n");
        Path good = good();
        // Beyond the default file size to begin with;
        assertRejected(run("validate", scalar.toString(), good.toString()), scalar, 1, 1,
                "Filen er på " + Files.size(scalar) + " byte, mer enn grensen på 4194304 byte.");
        // within a raised one, it is beyond the length of one value.
        Run run = run("validate", "--max-file-size", String.valueOf(8 * 1024 * 1024), scalar.toString(), good.toString());
        assertRejected(run, scalar, 2, 8, "En verdi er på " + length + " tegn, mer enn grensen på 100000 tegn.");
        // The offending line is shown cut short, not five megabytes of it.
        assertThat(run.out().length()).isLessThan(3000);
        assertThat(run.out()).contains("     2 | title: xxxxx").contains("x…\n");
    }

    @Test
    void aHugeNumberOfValuesOrLinesIsRejected() throws IOException {
        StringBuilder values = new StringBuilder("format: praksisavtale/v1\nlist: [");
        for (int i = 0; i < 60_000; i++) {
            values.append("x, ");
        }
        Path manyValues = write("verdier.yaml", values.append("x]\n").toString());
        // The mapping, two keys, a value and the list are the first five values; the 50 001st is
        // item 49 996 of the list.
        assertRejected(run("validate", manyValues.toString(), good().toString()), manyValues, 2,
                8 + 49_995 * 3, "Dokumentet har mer enn 50000 verdier (felt, lister og tekster).");

        Path manyLines = write("linjer.yaml", "format: praksisavtale/v1\n" + "#\n".repeat(150_000));
        assertRejected(run("validate", manyLines.toString(), good().toString()), manyLines, 100_001, 1,
                "Filen har 150001 linjer, mer enn grensen på 100000.");
    }

    /**
     * Runs {@code praksis validate --format json FILES} in a JVM of its own with a 96 MB heap and the
     * default thread stack, and returns the report, having checked that it ended with
     * {@code exitCode} and printed nothing on standard error (such as an OutOfMemoryError).
     */
    private JsonNode validateInSmallHeap(List<Path> files, int exitCode) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        files.forEach(f -> args.add(f.toString()));
        Run run = CliTest.inOwnJvm(directory, "96m", args.toArray(String[]::new));
        assertThat(run.err()).as("nothing on standard error").isEmpty();
        assertThat(run.exitCode()).isEqualTo(exitCode);
        return JsonText.MAPPER.readTree(run.out());
    }

    @Test
    void manyLargeFilesInOneRunStayWithinASmallHeap() throws IOException, InterruptedException {
        // Thirty files of 4 MB, 120 MB in all: a run keeps of each file only the lines its report
        // shows, not the whole text until the run ends, which did not fit in 96 MB.
        String line = "# " + "x".repeat(996) + "\n";
        String content = "format: praksisavtale/v1\nid: stor\n"
                + line.repeat((int) (LoadLimits.DEFAULT_MAX_BYTES - 200) / line.length());
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            files.add(write(String.format("stor-%02d.yaml", i), content));
        }
        JsonNode report = validateInSmallHeap(files, 1);
        assertThat(report.at("/files")).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(report.at("/files/" + i + "/valid").asBoolean()).isFalse();
            assertThat(report.at("/files/" + i + "/findings").size()).isGreaterThan(0);
        }
    }

    @Test
    void theCommandLineStaysWithinASmallHeapOnEveryKindOfHostileFile() throws IOException, InterruptedException {
        int justUnder = (int) LoadLimits.DEFAULT_MAX_BYTES - 64;
        List<Path> files = new ArrayList<>();
        StringBuilder flow = new StringBuilder("a: [");
        while (flow.length() < justUnder) {
            flow.append("x,");
        }
        files.add(write("flyt.yaml", flow.append("x]\n").toString()));
        files.add(write("ord.yaml", "a: " + "x".repeat(justUnder) + "\n"));
        files.add(write("kommentarer.yaml", "a: b\n" + "#\n".repeat(justUnder / 2)));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; keys.length() < justUnder - 300; i++) {
            keys.append("felt").append(i).append(": ").append("v".repeat(220)).append('\n');
        }
        files.add(write("felt.yaml", keys.toString()));
        files.add(write("klammer.yaml", "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"));
        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        files.add(write("latter.yaml", laughs.toString()));
        // Forty thousand values under one key of 99 000 characters: each value's path holds the key.
        files.add(write("lang-nøkkel.yaml", "format: praksisavtale/v1\n? " + "k".repeat(99_000) + "\n: ["
                + "1, ".repeat(40_000) + "1]\n"));
        // 49 000 aliases to a value of 99 000 characters.
        files.add(write("aliaser.yaml", "format: praksisavtale/v1\ntitle: &t " + "x".repeat(99_000)
                + "\nextensions:\n  l:\n" + "    - *t\n".repeat(49_000)));
        files.add(good());

        var report = validateInSmallHeap(files, 2);
        assertThat(report.at("/files")).hasSize(files.size());
        for (int i = 0; i < files.size() - 1; i++) {
            String name = files.get(i).getFileName().toString();
            assertThat(report.at("/files/" + i + "/path").asString()).isEqualTo(files.get(i).toString());
            assertThat(report.at("/files/" + i + "/valid").asBoolean()).as(name).isFalse();
            if (name.equals("felt.yaml")) {
                // Within every limit: read, and every unknown field reported by the schema.
                assertThat(report.at("/files/" + i + "/findings").size()).as(name).isGreaterThan(15_000);
            } else {
                assertThat(report.at("/files/" + i + "/findings/0/ruleId").asString()).as(name).isEqualTo("parse");
            }
        }
        assertThat(report.at("/files/" + (files.size() - 1) + "/valid").asBoolean()).isTrue();
    }

    /** Standard input that never ends, counting what is read from it. */
    private static final class CountingEndlessInput extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            read += length;
            return length;
        }
    }
}
