package no.praksis.validator.render;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

import no.praksis.validator.load.Printable;

/**
 * Decodes a PDF stream through the filters it names, as a chain of streams that each pull from
 * the one before and hold no more than a row, and each stop at a limit.
 *
 * <p>PDFBox's own decoding ({@code COSStream.createInputStream}, {@code createView}, used for
 * every stream it reads) writes each filter's whole output into memory before anyone sees its size:
 * an 8 MB contract whose attachment expanded to 8 GiB took 6 GB of heap and ended in an
 * {@code OutOfMemoryError}. Here the limit holds for every stage of a chain, so that no filter can
 * spend time on gigabytes that a later one throws away (Flate of whitespace under ASCIIHex).
 *
 * <p>Only the filters a PDF writer uses for text are decoded: FlateDecode (what praksis writes), and
 * LZWDecode, RunLengthDecode, ASCII85Decode and ASCIIHexDecode, with the PNG and TIFF predictors.
 * Image filters (DCT, JPX, JBIG2, CCITTFax) and Crypt are refused, as are the stream keys PDFBox
 * reads differently from the specification ({@code /F}, {@code /DP}) and a filter named twice (PDFBox
 * drops the repeat, so it would decode other bytes than were checked here). Whatever PDFBox later
 * decodes of a stream that passed is thus what was counted here (PDFBox pads a short last predictor
 * row with zeros, and writes it again at each flush: a few rows more at most), and its predictor
 * rows are no longer than {@link #MAX_ROW_BYTES}.
 */
final class StreamDecoding {

    /** A stage of decoding gave more than its limit; nothing beyond the limit was decoded. */
    static final class TooLarge extends PdfProblem {
        TooLarge(long limit) {
            super("pdf.streamTooLarge", "max", limit);
        }
    }

    /**
     * The longest predictor row: a row is kept twice, and a praksis contract has no predictor at
     * all; {@code /Columns 2000000000} would otherwise ask for gigabytes before a byte is decoded.
     */
    static final int MAX_ROW_BYTES = 1 << 20;

    private static final Map<COSName, COSName> FILTERS = Map.of(
            COSName.FLATE_DECODE, COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION, COSName.FLATE_DECODE,
            COSName.LZW_DECODE, COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.LZW_DECODE,
            COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION, COSName.ASCII85_DECODE,
            COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII_HEX_DECODE);

    private StreamDecoding() {
    }

    /**
     * The decoded content of {@code stream}, read lazily: reading it throws {@link TooLarge} as soon
     * as any stage would give more than {@code limit} bytes.
     *
     * @throws IOException when the stream names a filter or parameters that are not decoded here
     */
    static InputStream open(COSStream stream, long limit) throws IOException {
        List<COSName> filters = filters(stream);
        List<COSDictionary> parameters = parameters(stream, filters.size());
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                in = new Limited(decoder(filters.get(i), parameters.get(i), in), limit);
            }
            return filters.isEmpty() ? new Limited(in, limit) : in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static List<COSName> filters(COSStream stream) throws IOException {
        for (COSName key : new COSName[] {COSName.F, COSName.DP, COSName.F_FILTER, COSName.F_DECODE_PARMS}) {
            if (stream.containsKey(key)) {
                throw new PdfProblem("pdf.streamKey", "key", key.getName());
            }
        }
        COSBase filter = direct(stream.getItem(COSName.FILTER), "pdf.indirectFilter");
        List<COSBase> names = new ArrayList<>();
        if (filter instanceof COSArray array) {
            for (COSBase name : array) {
                names.add(direct(name, "pdf.indirectFilter"));
            }
        } else if (filter != null) {
            names.add(filter);
        }
        List<COSName> filters = new ArrayList<>();
        Set<COSName> seen = new HashSet<>();
        for (COSBase name : names) {
            COSName known = name instanceof COSName n ? FILTERS.get(n) : null;
            if (known == null) {
                throw new PdfProblem("pdf.filter", "filter", describe(name));
            }
            if (!seen.add(known)) {
                throw new PdfProblem("pdf.filterTwice", "filter", known.getName());
            }
            filters.add(known);
        }
        return filters;
    }

    /**
     * The parameters of each filter, chosen as PDFBox chooses them ({@code Filter.getDecodeParams}):
     * a dictionary for a single filter name, an array beside an array of filters; anything else is
     * no parameters.
     */
    private static List<COSDictionary> parameters(COSStream stream, int count) throws IOException {
        COSBase filter = stream.getItem(COSName.FILTER);
        COSBase given = direct(stream.getItem(COSName.DECODE_PARMS), "pdf.indirectParameters");
        List<COSDictionary> parameters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            COSBase chosen = null;
            if (filter instanceof COSName && given instanceof COSDictionary) {
                chosen = given;
            } else if (filter instanceof COSArray && given instanceof COSArray array && i < array.size()) {
                chosen = direct(array.get(i), "pdf.indirectParameters");
            }
            COSDictionary dictionary = chosen instanceof COSDictionary d ? d : new COSDictionary();
            for (COSBase value : dictionary.getValues()) {
                direct(value, "pdf.indirectParameters");
            }
            parameters.add(dictionary);
        }
        return parameters;
    }

    /**
     * {@code value}, refused when it is a reference: resolving one while the parser is in the middle
     * of a stream would move it, and praksis writes filters and their parameters directly.
     */
    private static COSBase direct(COSBase value, String problem) throws IOException {
        if (value instanceof COSObject) {
            throw new PdfProblem(problem);
        }
        return value;
    }

    private static String describe(COSBase name) {
        return name instanceof COSName n ? "/" + Printable.cut(n.getName(), 100) : Printable.cut(String.valueOf(name), 100);
    }

    private static InputStream decoder(COSName filter, COSDictionary parameters, InputStream in) throws IOException {
        if (COSName.FLATE_DECODE.equals(filter)) {
            return predicted(new Inflated(in), parameters);
        }
        if (COSName.LZW_DECODE.equals(filter)) {
            int earlyChange = integer(parameters, COSName.EARLY_CHANGE, 1);
            if (earlyChange != 0 && earlyChange != 1) {
                throw new PdfProblem("pdf.earlyChange", "value", earlyChange);
            }
            return predicted(new Lzw(in, earlyChange), parameters);
        }
        if (COSName.RUN_LENGTH_DECODE.equals(filter)) {
            return new RunLength(in);
        }
        if (COSName.ASCII85_DECODE.equals(filter)) {
            return new Ascii85(in);
        }
        return new AsciiHex(in);
    }

    private static InputStream predicted(InputStream in, COSDictionary parameters) throws IOException {
        int predictor = integer(parameters, COSName.PREDICTOR, 1);
        if (predictor == 1) {
            return in;
        }
        int colors = integer(parameters, COSName.COLORS, 1);
        int bits = integer(parameters, COSName.BITS_PER_COMPONENT, 8);
        int columns = integer(parameters, COSName.COLUMNS, 1);
        long rowBytes = ((long) colors * bits * columns + 7) / 8;
        if (predictor != 2 && (predictor < 10 || predictor > 15) || colors < 1 || colors > 32
                || bits != 1 && bits != 2 && bits != 4 && bits != 8 && bits != 16 || columns < 1
                || rowBytes > MAX_ROW_BYTES) {
            throw new PdfProblem("pdf.predictor", "predictor", predictor, "colors", colors, "bits", bits,
                    "columns", columns);
        }
        return new Predicted(in, predictor >= 10, colors, bits, columns, (int) rowBytes);
    }

    private static int integer(COSDictionary parameters, COSName key, int otherwise) throws IOException {
        COSBase value = parameters.getItem(key);
        if (value == null) {
            return otherwise;
        }
        if (!(value instanceof COSNumber number)) {
            throw new PdfProblem("pdf.notNumber", "key", key.getName());
        }
        long v = number.longValue();
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    /** A stream that refuses to give more than {@code limit} bytes. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --remaining < 0) {
                throw new TooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            // One byte more than is left is enough to know that the limit is passed.
            int n = in.read(buffer, offset, (int) Math.min(length, remaining + 1));
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw new TooLarge(limit);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes are decoded bytes too: they count.
            byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
            return Math.max(0, read(skipped, 0, skipped.length));
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** A decoder that produces its output a piece at a time into {@link #buffer}. */
    private abstract static class Decoder extends InputStream {
        final InputStream in;
        byte[] buffer;
        int position;
        int count;
        private boolean ended;

        Decoder(InputStream in, int size) {
            this.in = in;
            this.buffer = new byte[size];
        }

        /** Decodes the next piece into {@code buffer[0, count)}; false at the end of the data. */
        abstract boolean fill() throws IOException;

        private boolean ready() throws IOException {
            while (position >= count) {
                if (ended) {
                    return false;
                }
                position = 0;
                count = 0;
                if (!fill()) {
                    ended = true;
                    return false;
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return ready() ? buffer[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!ready()) {
                return -1;
            }
            int n = Math.min(length, count - position);
            System.arraycopy(buffer, position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * FlateDecode, read as PDFBox reads it ({@code FlateFilterDecoderStream}): the two bytes of the zlib
     * header, then raw deflate data up to its last block. The header is checked here as well: with a
     * preset dictionary (which no PDF writer uses) PDFBox would inflate the dictionary's id as data.
     * A damaged or truncated stream is refused where PDFBox would keep what it got.
     */
    private static final class Inflated extends Decoder {
        private final Inflater raw = new Inflater(true);
        private final InflaterInputStream inflater;
        private boolean started;

        Inflated(InputStream in) {
            super(in, 8192);
            this.inflater = new InflaterInputStream(in, raw, 8192);
        }

        @Override
        boolean fill() throws IOException {
            if (!started) {
                started = true;
                int method = in.read();
                int flags = in.read();
                if (flags < 0 || (method & 0x0f) != 8 || (method << 8 | flags) % 31 != 0 || (flags & 0x20) != 0) {
                    throw new PdfProblem("pdf.zlibHeader");
                }
            }
            try {
                int n = inflater.read(buffer, 0, buffer.length);
                if (n < 0) {
                    return false;
                }
                count = n;
                return true;
            } catch (ZipException | EOFException e) {
                throw new PdfProblem(e, "pdf.flateDamaged");
            }
        }

        @Override
        public void close() throws IOException {
            // The inflater is not InflaterInputStream's own, so it is not ended with it.
            inflater.close();
            raw.end();
        }
    }

    /** The PNG (a filter byte before each row) and TIFF 2 predictors, one row at a time. */
    private static final class Predicted extends Decoder {
        private final boolean png;
        private final int colors;
        private final int bits;
        private final int pixelBytes;
        private final long samples;
        private final byte[] previous;

        Predicted(InputStream in, boolean png, int colors, int bits, int columns, int rowBytes) {
            super(in, rowBytes);
            this.png = png;
            this.colors = colors;
            this.bits = bits;
            this.samples = (long) colors * columns;
            this.pixelBytes = Math.max(1, colors * bits / 8);
            this.previous = new byte[rowBytes];
        }

        @Override
        boolean fill() throws IOException {
            int tag = 0;
            if (png) {
                tag = in.read();
                if (tag < 0) {
                    return false;
                }
            }
            int n = in.readNBytes(buffer, 0, buffer.length);
            if (n == 0) {
                return false;
            }
            if (png) {
                png(tag, n);
            } else {
                tiff(n);
            }
            count = n;
            System.arraycopy(buffer, 0, previous, 0, n);
            return true;
        }

        private void png(int tag, int n) throws IOException {
            byte[] row = buffer;
            for (int i = 0; i < n; i++) {
                int left = i >= pixelBytes ? row[i - pixelBytes] & 0xff : 0;
                int up = previous[i] & 0xff;
                int upLeft = i >= pixelBytes ? previous[i - pixelBytes] & 0xff : 0;
                int add = switch (tag) {
                    case 0 -> 0;
                    case 1 -> left;
                    case 2 -> up;
                    case 3 -> (left + up) >>> 1;
                    case 4 -> paeth(left, up, upLeft);
                    default -> throw new PdfProblem("pdf.pngPredictor", "tag", tag);
                };
                row[i] = (byte) (row[i] + add);
            }
        }

        private static int paeth(int left, int up, int upLeft) {
            int p = left + up - upLeft;
            int pa = Math.abs(p - left);
            int pb = Math.abs(p - up);
            int pc = Math.abs(p - upLeft);
            return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        }

        /** TIFF predictor 2: each sample is the difference to the same colour of the pixel on its left. */
        private void tiff(int n) {
            // The bits that round the row up to a whole byte are no sample.
            long inRow = Math.min(samples, (long) n * 8 / bits);
            int mask = (1 << bits) - 1;
            for (long s = colors; s < inRow; s++) {
                sample(s, sample(s, -1) + sample(s - colors, -1) & mask);
            }
        }

        /** Reads sample {@code s} of the row, or writes {@code value} into it when that is not negative. */
        private int sample(long s, int value) {
            if (bits == 16) {
                int i = (int) (s * 2);
                if (value >= 0) {
                    buffer[i] = (byte) (value >>> 8);
                    buffer[i + 1] = (byte) value;
                }
                return (buffer[i] & 0xff) << 8 | buffer[i + 1] & 0xff;
            }
            long bit = s * bits;
            int i = (int) (bit / 8);
            int shift = 8 - bits - (int) (bit % 8);
            int mask = (1 << bits) - 1;
            if (value >= 0) {
                buffer[i] = (byte) (buffer[i] & ~(mask << shift) | (value & mask) << shift);
            }
            return buffer[i] >>> shift & mask;
        }
    }

    /** LZWDecode: 9- to 12-bit codes, most significant bit first; the table is arrays, not strings. */
    private static final class Lzw extends Decoder {
        private static final int CLEAR = 256;
        private static final int END = 257;
        private static final int TABLE = 4096;
        private final int earlyChange;
        private final int[] prefix = new int[TABLE];
        private final byte[] last = new byte[TABLE];
        private final byte[] first = new byte[TABLE];
        private final int[] length = new int[TABLE];
        private int size;
        private int width;
        private int previous;
        private long bitBuffer;
        private int bitCount;

        Lzw(InputStream in, int earlyChange) {
            super(in, TABLE);
            this.earlyChange = earlyChange;
            for (int i = 0; i < 256; i++) {
                prefix[i] = -1;
                last[i] = (byte) i;
                first[i] = (byte) i;
                length[i] = 1;
            }
            clear();
        }

        private void clear() {
            size = 258;
            width = 9;
            previous = -1;
        }

        @Override
        boolean fill() throws IOException {
            while (true) {
                int code = code();
                if (code < 0 || code == END) {
                    return false;
                }
                if (code == CLEAR) {
                    clear();
                    continue;
                }
                if (previous < 0) {
                    if (code > 255) {
                        throw new PdfProblem("pdf.lzwFirst", "code", code);
                    }
                } else if (code < size) {
                    add(previous, first[code]);
                } else if (code == size && size < TABLE) {
                    add(previous, first[previous]);
                } else {
                    throw new PdfProblem("pdf.lzwCode", "code", code);
                }
                emit(code);
                previous = code;
                int next = size + earlyChange;
                width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
                return true;
            }
        }

        private void add(int prefixCode, byte b) {
            if (size < TABLE) {
                prefix[size] = prefixCode;
                last[size] = b;
                first[size] = first[prefixCode];
                length[size] = length[prefixCode] + 1;
                size++;
            }
        }

        private void emit(int code) {
            count = length[code];
            for (int i = count - 1, c = code; i >= 0; i--, c = prefix[c]) {
                buffer[i] = last[c];
            }
        }

        private int code() throws IOException {
            while (bitCount < width) {
                int b = in.read();
                if (b < 0) {
                    return -1;
                }
                bitBuffer = bitBuffer << 8 | b;
                bitCount += 8;
            }
            bitCount -= width;
            return (int) (bitBuffer >>> bitCount) & (1 << width) - 1;
        }
    }

    /** RunLengthDecode: a length byte, then that many bytes as they are or one byte repeated. */
    private static final class RunLength extends Decoder {
        RunLength(InputStream in) {
            super(in, 128);
        }

        @Override
        boolean fill() throws IOException {
            int n = in.read();
            if (n < 0 || n == 128) {
                return false;
            }
            if (n < 128) {
                count = in.readNBytes(buffer, 0, n + 1);
                return count > 0;
            }
            int b = in.read();
            if (b < 0) {
                return false;
            }
            count = 257 - n;
            java.util.Arrays.fill(buffer, 0, count, (byte) b);
            return true;
        }
    }

    private static boolean whitespace(int c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    /** ASCII85Decode: five characters for four bytes, {@code z} for four zeros, {@code ~>} at the end. */
    private static final class Ascii85 extends Decoder {
        private boolean done;

        Ascii85(InputStream in) {
            super(in, 4);
        }

        @Override
        boolean fill() throws IOException {
            long value = 0;
            int digits = 0;
            while (!done && digits < 5) {
                int c = in.read();
                if (whitespace(c)) {
                    continue;
                }
                if (c < 0 || c == '~') {
                    // The end of the data; a short group before it is the last one.
                    done = true;
                } else if (c == 'z' && digits == 0) {
                    java.util.Arrays.fill(buffer, (byte) 0);
                    count = 4;
                    return true;
                } else if (c < '!' || c > 'u') {
                    throw new PdfProblem("pdf.ascii85Char", "code", c);
                } else {
                    value = value * 85 + (c - '!');
                    digits++;
                }
            }
            if (digits == 0) {
                return false;
            }
            if (digits == 1) {
                throw new PdfProblem("pdf.ascii85Short");
            }
            for (int i = digits; i < 5; i++) {
                value = value * 85 + 84;
            }
            if (value > 0xffffffffL) {
                throw new PdfProblem("pdf.ascii85Group");
            }
            count = digits - 1;
            for (int i = 0; i < count; i++) {
                buffer[i] = (byte) (value >>> 24 - 8 * i);
            }
            return true;
        }
    }

    /** ASCIIHexDecode: two hexadecimal digits for a byte, {@code >} at the end. */
    private static final class AsciiHex extends Decoder {
        private boolean done;

        AsciiHex(InputStream in) {
            super(in, 1);
        }

        @Override
        boolean fill() throws IOException {
            int high = digit();
            if (high < 0) {
                return false;
            }
            // An odd digit at the end stands for its byte with a 0 after it.
            buffer[0] = (byte) (high << 4 | Math.max(digit(), 0));
            count = 1;
            return true;
        }

        private int digit() throws IOException {
            while (!done) {
                int c = in.read();
                if (c < 0 || c == '>') {
                    done = true;
                } else if (!whitespace(c)) {
                    int digit = Character.digit(c, 16);
                    if (digit < 0) {
                        throw new PdfProblem("pdf.asciiHexChar", "code", c);
                    }
                    return digit;
                }
            }
            return -1;
        }
    }
}
