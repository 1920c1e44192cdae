package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.render.HostilePdfs;

/**
 * {@code praksis extract} and {@code praksis verify} on PDFs built to hurt a reader, as the command
 * line meets them: in a JVM of its own with a small heap.
 */
class HostilePdfCliTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path directory;

    /** The PDFs that once filled the heap or would, each under the 64 MiB a contract may be. */
    private Map<String, byte[]> bombs() {
        Map<String, byte[]> bombs = new LinkedHashMap<>();
        // 8 MB of zlib that inflates to 8 GiB: once 6 GB of heap and an OutOfMemoryError.
        bombs.put("flate-8-gib.pdf", HostilePdfs.withSource("avtale.yaml", HostilePdfs.flate(new byte[0], 8 * GIB),
                COSName.FLATE_DECODE, null));
        bombs.put("lzw-4-gib.pdf", HostilePdfs.withSource("avtale.yaml", HostilePdfs.lzwZeros(4 * GIB),
                COSName.LZW_DECODE, null));
        bombs.put("run-length-512-mib.pdf", HostilePdfs.withSource("avtale.yaml", HostilePdfs.runLengthZeros(512L << 20),
                COSName.RUN_LENGTH_DECODE, null));
        COSArray chain = new COSArray();
        chain.add(COSName.ASCII85_DECODE);
        chain.add(COSName.FLATE_DECODE);
        bombs.put("ascii85-over-flate-4-gib.pdf", HostilePdfs.withSource("avtale.yaml",
                HostilePdfs.ascii85(HostilePdfs.flate(new byte[0], 4 * GIB)), chain, null));
        // PDFBox decodes the cross-reference stream while it opens the file, before anything is asked of it.
        String pages = "<< /Type /Pages /Kids [] /Count 0 >>";
        bombs.put("xref-stream-4-gib.pdf", HostilePdfs.handWritten(new String[] {"<< /Type /Catalog /Pages 2 0 R >>", pages},
                Map.of(), HostilePdfs.flate(new byte[0], 4 * GIB), "FlateDecode"));
        // ... and an object stream when an object in it is first used: here the catalog.
        byte[] objects = "1 0 << /Type /Catalog /Pages 2 0 R >> ".getBytes(StandardCharsets.ISO_8859_1);
        bombs.put("object-stream-4-gib.pdf", HostilePdfs.handWritten(new String[] {null, pages,
            HostilePdfs.stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", HostilePdfs.flate(objects, 4 * GIB))},
                Map.of(1, new int[] {3, 0}), null, null));
        // Eighteen attachments of 15 MiB each, none over the limit of one stream: 270 MiB to inflate
        // in all (four thousand would take minutes).
        StringBuilder names = new StringBuilder();
        String[] many = new String[2 + 2 * 18];
        for (int i = 0; i < 18; i++) {
            names.append("(vedlegg-").append(i).append(") ").append(3 + 2 * i).append(" 0 R ");
            many[2 + 2 * i] = "<< /Type /Filespec /F (vedlegg) /EF << /F " + (4 + 2 * i) + " 0 R >> >>";
            many[3 + 2 * i] = HostilePdfs.stream("/Type /EmbeddedFile /Filter /FlateDecode", HostilePdfs.flate(new byte[0], 15L << 20));
        }
        many[0] = "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [" + names + "] >> >> >>";
        many[1] = pages;
        bombs.put("eighteen-attachments-of-15-mib.pdf", HostilePdfs.handWritten(many, Map.of(), null, null));
        // Not compressed at all: PDFBox keeps each cross-reference entry in two maps (140 bytes for
        // 20 of file), and makes an object of each value it parses (twenty million arrays here).
        bombs.put("xref-table-3-million-entries.pdf", HostilePdfs.withXrefTable(3_000_000));
        bombs.put("twenty-million-arrays.pdf", HostilePdfs.handWritten(new String[] {"<< /Type /Catalog /Pages 2 0 R /Junk ["
                + "[]".repeat(20_000_000) + "] >>", pages}, Map.of(), null, null));
        // Nested arrays, which PDFBox parses recursively.
        bombs.put("nested-arrays.pdf", HostilePdfs.handWritten(new String[] {"<< /Type /Catalog /Pages 2 0 R /Deep "
                + "[".repeat(2_000_000) + "]".repeat(2_000_000) + " >>", pages}, Map.of(), null, null));
        return bombs;
    }

    /**
     * Pages that the text reader would spend its memory or its time on; each has a source and a
     * recorded sum, so that {@code verify} comes to read them.
     */
    private Map<String, byte[]> pageBombs() {
        Map<String, byte[]> bombs = new LinkedHashMap<>();
        COSDictionary helvetica = HostilePdfs.resources(COSName.FONT, "F1", HostilePdfs.fontWithToUnicode(
                "begincmap 1 begincodespacerange <00> <FF> endcodespacerange endcmap".getBytes(StandardCharsets.US_ASCII)));
        // 1.9 million characters on one page, each kept with its position until the page ends.
        bombs.put("characters.pdf", HostilePdfs.withPage(("BT /F1 12 Tf (" + "A".repeat(1_900_000) + ") Tj ET")
                .getBytes(StandardCharsets.US_ASCII), helvetica));
        // A form of 1.8 MB with one operator, drawn a million times (a thousand times by a form drawn a thousand times).
        COSStream big = HostilePdfs.form(("[" + "0 ".repeat(900_000) + "] 0 d").getBytes(StandardCharsets.US_ASCII),
                new COSDictionary());
        COSStream thousand = HostilePdfs.form("/F0 Do ".repeat(1000).getBytes(StandardCharsets.US_ASCII),
                HostilePdfs.resources(COSName.XOBJECT, "F0", big));
        bombs.put("forms-drawn-a-million-times.pdf", HostilePdfs.withPage("/F1 Do ".repeat(1000).getBytes(StandardCharsets.US_ASCII),
                HostilePdfs.resources(COSName.XOBJECT, "F1", thousand)));
        // A character map of four-byte ranges: PDFBox would hold 256 entries for each 30 bytes of it.
        StringBuilder ranges = new StringBuilder("begincmap 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange 40000 beginbfrange\n");
        for (int i = 0; i < 40_000; i++) {
            ranges.append(String.format("<%06x00> <%06xff> <0041>%n", i, i));
        }
        bombs.put("character-map.pdf", HostilePdfs.withPage("BT /F1 12 Tf (A) Tj ET".getBytes(StandardCharsets.US_ASCII),
                HostilePdfs.resources(COSName.FONT, "F1", HostilePdfs.fontWithToUnicode(
                        ranges.append("endbfrange endcmap").toString().getBytes(StandardCharsets.US_ASCII)))));
        // Eight million empty arrays as the operand of one operator, all parsed before it runs.
        bombs.put("page-content.pdf", HostilePdfs.withPage(("[" + "[]".repeat(8_000_000) + "] 0 d")
                .getBytes(StandardCharsets.US_ASCII), new COSDictionary()));
        return bombs;
    }

    @Test
    void extractRefusesEveryKindOfBombWithOneLineInA300MegabyteHeap() throws IOException, InterruptedException {
        for (Map.Entry<String, byte[]> bomb : bombs().entrySet()) {
            Path pdf = write(bomb);
            Path yaml = directory.resolve("avtale.yaml");
            assertRefused(pdf, CliTest.inOwnJvm(directory, "300m", "extract", pdf.toString(), "-o", yaml.toString()));
            assertThat(yaml).as(bomb.getKey()).doesNotExist();
        }
    }

    @Test
    void verifyRefusesBombsAndPagesBuiltToExhaustTheTextReaderInA300MegabyteHeap()
            throws IOException, InterruptedException {
        // verify opens the file as extract does (the bombs above); two of them show that it does.
        Map<String, byte[]> all = new LinkedHashMap<>();
        bombs().entrySet().stream().filter(b -> b.getKey().startsWith("flate") || b.getKey().startsWith("object"))
                .forEach(b -> all.put(b.getKey(), b.getValue()));
        all.putAll(pageBombs());
        for (Map.Entry<String, byte[]> bomb : all.entrySet()) {
            Path pdf = write(bomb);
            CliTest.Run run = CliTest.inOwnJvm(directory, "300m", "verify", pdf.toString());
            assertRefused(pdf, run);
            assertThat(run.out()).as(bomb.getKey()).isEmpty();
        }
    }

    private Path write(Map.Entry<String, byte[]> bomb) throws IOException {
        assertThat(bomb.getValue().length).as(bomb.getKey()).isLessThan(64 << 20);
        return Files.write(directory.resolve(bomb.getKey()), bomb.getValue());
    }

    @Test
    void manyStreamsJustUnderTheLimitAreRefusedTogether() throws IOException {
        Path pdf = write(Map.entry("eighteen-attachments-of-15-mib.pdf", bombs().get("eighteen-attachments-of-15-mib.pdf")));
        CliTest.Run run = CliTest.run("extract", pdf.toString(), "-o", directory.resolve("avtale.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("praksis: " + pdf + " kan ikke leses som PDF (PDF-ens strømmer blir til sammen "
                + "større enn 268435456 byte når de pakkes ut).\n");
    }

    private static void assertRefused(Path pdf, CliTest.Run run) {
        assertThat(run.exitCode()).as(pdf + ": " + run.err()).isEqualTo(2);
        assertThat(run.err()).as(pdf.toString()).startsWith("praksis: " + pdf + " kan ikke leses som PDF (")
                .endsWith(").\n").hasLineCount(1).doesNotContain("Exception", "Error");
    }
}
