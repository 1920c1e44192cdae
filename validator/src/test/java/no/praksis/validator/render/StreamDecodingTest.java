package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.praksis.validator.TestAgreements;

/**
 * The bounded stream decoders on their own: they give what PDFBox's decoders give, for every filter,
 * chain and predictor, and never more than their limit.
 */
class StreamDecodingTest {

    private static final byte[] YAML = TestAgreements.complete().getBytes(StandardCharsets.UTF_8);

    private static COSStream stream(byte[] raw, COSBase filter, COSBase parameters) throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(raw);
        }
        stream.setItem(COSName.FILTER, filter);
        stream.setItem(COSName.DECODE_PARMS, parameters);
        return stream;
    }

    private static byte[] ours(COSStream stream, long limit) throws IOException {
        try (InputStream in = StreamDecoding.open(stream, limit)) {
            return in.readAllBytes();
        }
    }

    private static byte[] pdfBoxs(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static COSArray array(COSBase... items) {
        COSArray array = new COSArray();
        for (COSBase item : items) {
            array.add(item);
        }
        return array;
    }

    private static COSDictionary predictor(int predictor, int colors, int bits, int columns) {
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.PREDICTOR, predictor);
        parameters.setInt(COSName.COLORS, colors);
        parameters.setInt(COSName.BITS_PER_COMPONENT, bits);
        parameters.setInt(COSName.COLUMNS, columns);
        return parameters;
    }

    @ParameterizedTest
    @ValueSource(strings = {"FlateDecode", "LZWDecode", "RunLengthDecode", "ASCII85Decode", "ASCIIHexDecode"})
    void eachFilterGivesBackWhatPdfBoxEncoded(String name) throws IOException {
        COSName filter = COSName.getPDFName(name);
        COSStream stream = stream(HostilePdfs.encode(YAML, filter), filter, null);
        assertThat(ours(stream, YAML.length)).isEqualTo(YAML).isEqualTo(pdfBoxs(stream));
    }

    @Test
    void abbreviatedNamesAndNoFilterAtAllAreRead() throws IOException {
        assertThat(ours(stream(HostilePdfs.encode(YAML, COSName.FLATE_DECODE), COSName.FLATE_DECODE_ABBREVIATION, null),
                YAML.length)).isEqualTo(YAML);
        assertThat(ours(stream(YAML, null, null), YAML.length)).isEqualTo(YAML);
    }

    @Test
    void aChainOfFiltersWithAPngPredictorIsDecodedAsPdfBoxDecodesIt() throws IOException {
        // Rows of 3 colours × 7 columns, each with a PNG filter byte (None, Sub, Up, Average, Paeth in turn).
        Random random = new Random(7);
        ByteArrayOutputStream predicted = new ByteArrayOutputStream();
        for (int row = 0; row < 200; row++) {
            predicted.write(row % 5);
            byte[] data = new byte[21];
            random.nextBytes(data);
            predicted.writeBytes(data);
        }
        byte[] compressed = HostilePdfs.encode(predicted.toByteArray(), COSName.FLATE_DECODE);
        COSStream chain = stream(HostilePdfs.ascii85(compressed), array(COSName.ASCII85_DECODE, COSName.FLATE_DECODE),
                array(COSNull.NULL, predictor(12, 3, 8, 7)));
        byte[] decoded = ours(chain, 1 << 20);
        assertThat(decoded).hasSize(200 * 21).isEqualTo(pdfBoxs(chain));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 16})
    void theTiffPredictorIsDecodedAsPdfBoxDecodesIt(int bits) throws IOException {
        // Whole rows: PDFBox pads a short last row with zeros and writes it again at each flush.
        byte[] data = new byte[(3 * bits * 10 + 7) / 8 * 100];
        new Random(bits).nextBytes(data);
        COSStream stream = stream(HostilePdfs.encode(data, COSName.LZW_DECODE), COSName.LZW_DECODE, predictor(2, 3, bits, 10));
        assertThat(ours(stream, 1 << 20)).isEqualTo(pdfBoxs(stream));
    }

    @Test
    void lzwWithoutEarlyChangeIsReadToo() throws IOException {
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.EARLY_CHANGE, 0);
        // PDFBox writes early change; the codes of a file without it are read at other widths.
        byte[] codes = HostilePdfs.encode(new byte[100], COSName.LZW_DECODE);
        COSStream stream = stream(codes, COSName.LZW_DECODE, parameters);
        assertThat(ours(stream, 1 << 20)).isEqualTo(pdfBoxs(stream));
    }

    /** Bombs under each filter that expands: each is read up to the limit and not a byte further. */
    @Test
    void noFilterOrChainGivesMoreThanTheLimit() throws IOException {
        int limit = 1 << 20;
        byte[] flate = HostilePdfs.flate(new byte[0], 64L << 20);
        List<COSStream> bombs = List.of(
                stream(flate, COSName.FLATE_DECODE, null),
                stream(HostilePdfs.lzwZeros(64L << 20), COSName.LZW_DECODE, null),
                stream(HostilePdfs.runLengthZeros(4L << 20), COSName.RUN_LENGTH_DECODE, null),
                stream(HostilePdfs.ascii85(flate), array(COSName.ASCII85_DECODE, COSName.FLATE_DECODE), null),
                stream(flate, COSName.FLATE_DECODE, predictor(2, 1, 8, 1000)),
                // The bomb is in the middle: Flate of 64 MiB of nothing for ASCIIHex to give a byte of.
                stream(HostilePdfs.flate(new byte[0], 64L << 20), array(COSName.FLATE_DECODE, COSName.ASCII_HEX_DECODE), null));
        for (COSStream bomb : bombs) {
            long read = 0;
            try (InputStream in = StreamDecoding.open(bomb, limit)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    read += n;
                }
            } catch (StreamDecoding.TooLarge e) {
                assertThat(e).hasMessage("en strøm blir større enn 1048576 byte når den pakkes ut");
            }
            assertThat(read).as(bomb.getFilters().toString()).isLessThanOrEqualTo(limit);
        }
        assertThatThrownBy(() -> ours(bombs.get(0), limit)).isInstanceOf(StreamDecoding.TooLarge.class);
        assertThat(ours(bombs.get(0), 64L << 20)).hasSize(64 << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "Crypt", "Kompress"})
    void aFilterThatAPraksisContractNeverUsesIsRefused(String name) throws IOException {
        COSStream stream = stream(new byte[10], array(COSName.FLATE_DECODE, COSName.getPDFName(name)), null);
        assertThatThrownBy(() -> ours(stream, 100)).isInstanceOf(IOException.class)
                .hasMessage("en strøm bruker filteret /" + name + ", som en kontrakt fra praksis aldri bruker");
    }

    @Test
    void whatPdfBoxWouldReadOtherwiseThanCheckedIsRefused() throws IOException {
        byte[] data = HostilePdfs.encode(YAML, COSName.FLATE_DECODE);
        // PDFBox drops a repeated filter, so it would decode other bytes than those counted here.
        assertThatThrownBy(() -> ours(stream(data, array(COSName.FLATE_DECODE, COSName.FLATE_DECODE), null), 1 << 20))
                .hasMessage("en strøm nevner filteret /FlateDecode to ganger");
        COSStream abbreviated = stream(data, COSName.FLATE_DECODE, null);
        abbreviated.setItem(COSName.DP, predictor(12, 1, 8, 1 << 30));
        assertThatThrownBy(() -> ours(abbreviated, 1 << 20)).hasMessageContaining("nøkkelen /DP");
        COSStream indirect = stream(data, new COSObject(COSName.FLATE_DECODE), null);
        assertThatThrownBy(() -> ours(indirect, 1 << 20)).hasMessageContaining("som en referanse");
        assertThatThrownBy(() -> ours(stream(data, new COSString("FlateDecode"), null), 1 << 20))
                .hasMessageContaining("bruker filteret");
    }

    @Test
    void predictorParametersAreCheckedBeforeARowIsAllocated() throws IOException {
        byte[] data = HostilePdfs.encode(YAML, COSName.FLATE_DECODE);
        for (COSDictionary parameters : List.of(predictor(12, 1, 8, Integer.MAX_VALUE), predictor(12, 32, 16, 1 << 16),
                predictor(12, 1, 3, 10), predictor(7, 1, 8, 10), predictor(12, 0, 8, 10), predictor(12, 1, 8, 0))) {
            assertThatThrownBy(() -> ours(stream(data, COSName.FLATE_DECODE, parameters), 1 << 20))
                    .hasMessageStartingWith("ugyldige parametere for prediktor");
        }
        COSDictionary text = new COSDictionary();
        text.setItem(COSName.COLUMNS, new COSString("mange"));
        text.setItem(COSName.PREDICTOR, COSInteger.get(12));
        assertThatThrownBy(() -> ours(stream(data, COSName.FLATE_DECODE, text), 1 << 20))
                .hasMessage("parameteren /Columns er ikke et tall");
    }

    @Test
    void damagedDataIsRefusedNotGuessedAt() throws IOException {
        byte[] flate = HostilePdfs.encode(YAML, COSName.FLATE_DECODE);
        byte[] truncated = java.util.Arrays.copyOf(flate, flate.length / 2);
        assertThatThrownBy(() -> ours(stream(truncated, COSName.FLATE_DECODE, null), 1 << 20))
                .hasMessageStartingWith("en komprimert strøm (FlateDecode) er ødelagt");
        // A preset dictionary: PDFBox would inflate the dictionary's id as if it were data.
        byte[] dictionary = flate.clone();
        dictionary[0] = 0x78;
        dictionary[1] = (byte) 0xbb;
        assertThatThrownBy(() -> ours(stream(dictionary, COSName.FLATE_DECODE, null), 1 << 20))
                .hasMessage("en komprimert strøm (FlateDecode) har ikke et gyldig zlib-hode");
        assertThatThrownBy(() -> ours(stream("7x>".getBytes(StandardCharsets.US_ASCII), COSName.ASCII_HEX_DECODE, null), 10))
                .hasMessageContaining("ikke er et heksadesimalt siffer");
        assertThatThrownBy(() -> ours(stream("s8W-\"~>".getBytes(StandardCharsets.US_ASCII), COSName.ASCII85_DECODE, null), 10))
                .hasMessageContaining("større enn fire byte");
        assertThatThrownBy(() -> ours(stream(new byte[] {(byte) 0x96, 0}, COSName.LZW_DECODE, null), 10))
                .hasMessageContaining("LZW");
    }
}
