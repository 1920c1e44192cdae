package no.praksis.validator.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdfparser.XrefTrailerResolver;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens a PDF that anyone may have made without letting it fill the memory. PDFBox is made for
 * documents that are what they seem; on a hostile one its memory is bounded only by what the file
 * can make it build. So the parser is PDFBox's own, with checks where PDFBox lets a subclass in:
 *
 * <ul>
 *   <li>Every stream is decoded once, bounded ({@link StreamDecoding}), as soon as the parser has
 *       met it and before PDFBox can decode it whole, which PDFBox does itself for cross-reference
 *       and object streams while it loads the file, and for fonts and page contents when the text
 *       is read. A stream that decodes to more than {@link #MAX_STREAM_BYTES}, all streams together
 *       to more than {@link #MAX_DECODED_BYTES}, a filter praksis does not write and an encrypted
 *       file are refused.</li>
 *   <li>At most {@link #MAX_OBJECTS} cross-reference entries: PDFBox keeps each in two maps, some
 *       140 bytes of heap for 20 bytes of file (three million of them, in a 60 MB file, did not fit
 *       in 300 MB).</li>
 *   <li>At most {@link #MAX_VALUES} values (numbers, names, strings, arrays, dictionaries) parsed,
 *       in the file and in its object streams: forty megabytes of {@code []} are twenty million
 *       arrays, more than 300 MB of heap.</li>
 *   <li>The file is read strictly (PDFBox's non-lenient mode): a file that needs repairing is no
 *       contract praksis wrote, and the repair searches the whole file and decodes every object
 *       stream it finds.</li>
 * </ul>
 *
 * A contract praksis writes is far within these limits: the complete example has 1 379 objects.
 */
final class UntrustedPdf implements Closeable {

    /** The most one stream may decode to: the embedded agreement, the largest stream of a contract. */
    static final long MAX_STREAM_BYTES = ContractSource.MAX_SOURCE_BYTES;

    /**
     * The most all streams of a file may decode to together: decoding is counted and thrown away,
     * so this bounds time, not memory (thousands of small bombs of just under the limit each).
     */
    static final long MAX_DECODED_BYTES = 4 * ContractSource.MAX_CONTRACT_BYTES;

    /** The most cross-reference entries read, and objects in one object stream. */
    static final int MAX_OBJECTS = 500_000;

    /** The most values parsed from the file and its object streams together. */
    static final int MAX_VALUES = 2_000_000;

    private final Parser parser;
    private final PDDocument document;

    private UntrustedPdf(Parser parser, PDDocument document) {
        this.parser = parser;
        this.document = document;
    }

    /**
     * Parses {@code pdf}. Objects are read lazily, as they are used.
     *
     * @throws IOException when it is not a PDF PDFBox reads strictly, or a part read so far is refused
     */
    static UntrustedPdf open(byte[] pdf) throws IOException {
        RandomAccessReadBuffer source = new RandomAccessReadBuffer(pdf);
        Parser parser = new Parser(source);
        try {
            return new UntrustedPdf(parser, parser.parse(false));
        } catch (IOException | RuntimeException e) {
            source.close();
            // The refusal, not what PDFBox made of the object it then could not read ("missing root").
            parser.rethrowRefusal();
            throw e;
        }
    }

    /** The document; after using it, call {@link #checked()}. */
    PDDocument document() {
        return document;
    }

    /**
     * Throws the first refusal met so far. PDFBox reads an object when it is first used and, when
     * that fails, logs the error and goes on as if the object were not there
     * ({@code COSObject.getObject}): a refused bomb would otherwise look like a missing attachment.
     */
    void checked() throws IOException {
        parser.rethrowRefusal();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** PDFBox's parser, with each stream, cross-reference entry and value counted as it is parsed. */
    private static final class Parser extends PDFParser {
        private long decoded;
        private int values;
        private PdfProblem refusal;

        Parser(RandomAccessRead source) throws IOException {
            super(source);
            xrefTrailerResolver = new XrefTrailerResolver() {
                private int entries;

                @Override
                public void setXRef(COSObjectKey key, long offset) {
                    if (++entries > MAX_OBJECTS) {
                        throw new UncheckedIOException(refuse(new PdfProblem("pdf.tooManyObjects", "max", MAX_OBJECTS)));
                    }
                    super.setXRef(key, offset);
                }
            };
        }

        /** Remembers the first refusal, which is the one reported whatever PDFBox makes of it. */
        private PdfProblem refuse(IOException e) {
            PdfProblem problem = PdfProblem.of(e);
            if (refusal == null) {
                refusal = problem;
            }
            return problem;
        }

        void rethrowRefusal() throws IOException {
            if (refusal != null) {
                throw refusal.again();
            }
        }

        private void count() throws IOException {
            if (++values > MAX_VALUES) {
                throw refuse(new PdfProblem("pdf.tooManyValues", "max", MAX_VALUES));
            }
        }

        @Override
        protected COSBase parseDirObject() throws IOException {
            count();
            return super.parseDirObject();
        }

        @Override
        protected COSName parseCOSName() throws IOException {
            count();
            return super.parseCOSName();
        }

        @Override
        protected COSStream parseCOSStream(COSDictionary dictionary) throws IOException {
            COSStream stream = super.parseCOSStream(dictionary);
            // A cross-reference stream is the trailer: it says at once whether the file is encrypted.
            if (dictionary.containsKey(COSName.ENCRYPT)
                    || document.getTrailer() != null && document.getTrailer().containsKey(COSName.ENCRYPT)) {
                throw refuse(new PdfProblem("pdf.encrypted"));
            }
            // Reading the stream moves the parser's position in the file; it goes on from where it was.
            long position = source.getPosition();
            try {
                decode(stream);
                if (COSName.OBJ_STM.equals(stream.getItem(COSName.TYPE))) {
                    countObjects(stream);
                }
            } catch (IOException e) {
                throw refuse(e);
            } finally {
                source.seek(position);
            }
            return stream;
        }

        private void decode(COSStream stream) throws IOException {
            long left = MAX_DECODED_BYTES - decoded;
            try (InputStream in = StreamDecoding.open(stream, Math.min(MAX_STREAM_BYTES, left))) {
                decoded += in.transferTo(OutputStream.nullOutputStream());
            } catch (StreamDecoding.TooLarge e) {
                if (left < MAX_STREAM_BYTES) {
                    throw new PdfProblem(e, "pdf.streamsTooLarge", "max", MAX_DECODED_BYTES);
                }
                throw e;
            }
        }

        /**
         * Parses the objects of an object stream once, counting their values, and lets them go:
         * PDFBox parses all objects of the stream when one of them is first used, and keeps them.
         */
        private void countObjects(COSStream stream) throws IOException {
            if (!(stream.getItem(COSName.N) instanceof org.apache.pdfbox.cos.COSInteger n)
                    || n.longValue() < 0 || n.longValue() > MAX_OBJECTS) {
                throw new PdfProblem("pdf.objectStreamCount", "max", MAX_OBJECTS);
            }
            new PDFObjectStreamParser(stream, document) {
                @Override
                protected COSBase parseDirObject() throws IOException {
                    count();
                    return super.parseDirObject();
                }

                @Override
                protected COSName parseCOSName() throws IOException {
                    count();
                    return super.parseCOSName();
                }
            }.parseAllObjects();
        }
    }
}
