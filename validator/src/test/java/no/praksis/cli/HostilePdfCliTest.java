package no.praksis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.praksis.validator.render.HostilePdfs;

/**
 * {@code praksis extract} on PDFs built to hurt a reader, as the command line meets them: in a JVM
 * of its own with a small heap.
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

    @Test
    void extractRefusesEveryKindOfBombWithOneLineInA300MegabyteHeap() throws IOException, InterruptedException {
        for (Map.Entry<String, byte[]> bomb : bombs().entrySet()) {
            Path pdf = write(bomb);
            Path yaml = directory.resolve("avtale.yaml");
            assertRefused(pdf, CliTest.inOwnJvm(directory, "300m", "extract", pdf.toString(), "-o", yaml.toString()));
            assertThat(yaml).as(bomb.getKey()).doesNotExist();
        }
    }

    private Path write(Map.Entry<String, byte[]> bomb) throws IOException {
        assertThat(bomb.getValue().length).as(bomb.getKey()).isLessThan(64 << 20);
        return Files.write(directory.resolve(bomb.getKey()), bomb.getValue());
    }

    private static void assertRefused(Path pdf, CliTest.Run run) {
        assertThat(run.exitCode()).as(pdf + ": " + run.err()).isEqualTo(2);
        assertThat(run.err()).as(pdf.toString()).startsWith("praksis: " + pdf + " kan ikke leses som PDF (")
                .endsWith(").\n").hasLineCount(1).doesNotContain("Exception", "Error");
    }
}
