package no.praksis.validator.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * PDFs built to hurt a reader, for the tests: the bytes of a stream are written as they are given,
 * already encoded, so that a test can put anything under any filter. Bombs are made without ever
 * holding what they expand to.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /**
     * A PDF, not made by praksis, with {@code raw} embedded as its source under {@code name}: the
     * stream's bytes exactly as given, with {@code filter} and {@code parameters} (either may be null).
     */
    public static byte[] withSource(String name, byte[] raw, COSBase filter, COSBase parameters) {
        return withSource(name, raw, filter, parameters, null);
    }

    /** {@link #withSource}, with {@code recorded} as the SHA-256 its metadata records, as praksis records it. */
    public static byte[] withSource(String name, byte[] raw, COSBase filter, COSBase parameters, String recorded) {
        try (PDDocument document = new PDDocument()) {
            if (recorded != null) {
                XMPMetadata xmp = XMPMetadata.createXMPMetadata();
                ContractMetadata.record(xmp, recorded);
                ByteArrayOutputStream metadata = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, metadata, true);
                PDMetadata stream = new PDMetadata(document);
                stream.importXMPMetadata(metadata.toByteArray());
                document.getDocumentCatalog().setMetadata(stream);
            }
            document.addPage(new PDPage());
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(raw);
            }
            stream.setItem(COSName.FILTER, filter);
            stream.setItem(COSName.DECODE_PARMS, parameters);
            PDEmbeddedFile file = new PDEmbeddedFile(stream);
            file.setSubtype("application/yaml");
            PDComplexFileSpecification specification = new PDComplexFileSpecification();
            specification.setFile(name);
            specification.setEmbeddedFile(file);
            specification.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of(name, specification));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Without object streams, into which PDFBox would move the parameters, making them references.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException | TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@link #withSource} with {@code content} encoded by PDFBox's own encoder for {@code filter}, and
     * its SHA-256 recorded as praksis records it: a PDF that passes for a contract as far as the
     * source goes.
     */
    public static byte[] withEncodedSource(String name, byte[] content, COSName filter) {
        return withSource(name, encode(content, filter), filter, null, ContractSource.sha256(content));
    }

    /**
     * {@code contract} with its embedded source replaced by {@code source}, its pages as they were;
     * with {@code recordAlso}, the SHA-256 in its metadata replaced too, as someone who knows how
     * praksis records it would.
     */
    public static byte[] tampered(byte[] contract, byte[] source, boolean recordAlso) {
        try (PDDocument document = Loader.loadPDF(contract)) {
            PDComplexFileSpecification specification = document.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames().values().iterator().next();
            COSStream stream = specification.getEmbeddedFile().getCOSObject();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(source);
            }
            if (recordAlso) {
                PDMetadata metadata = document.getDocumentCatalog().getMetadata();
                String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
                String recorded = xmp.replaceAll("(?s).*<praksis:sourceSha256>([0-9a-f]{64})<.*", "$1");
                try (OutputStream out = metadata.getCOSObject().createOutputStream()) {
                    out.write(xmp.replace(recorded, ContractSource.sha256(source)).getBytes(StandardCharsets.UTF_8));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF whose page has {@code content} (unencoded) and {@code resources}, with a small
     * source embedded and recorded as praksis records it: {@code praksis verify} reads its pages.
     */
    public static byte[] withPage(byte[] content, COSDictionary resources) {
        byte[] source = "format: praksisavtale/v1\n".getBytes(StandardCharsets.UTF_8);
        try (PDDocument document = Loader.loadPDF(withSource("avtale.yaml", source, null, null, ContractSource.sha256(source)))) {
            PDPage page = document.getPage(0);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(content);
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form XObject whose content is {@code content} (unencoded), with {@code resources}. */
    public static COSStream form(byte[] content, COSDictionary resources) {
        COSStream form = new COSStream();
        try (OutputStream out = form.createRawOutputStream()) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        form.setItem(COSName.BBOX, new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100).getCOSArray());
        form.setItem(COSName.RESOURCES, resources);
        return form;
    }

    /** Resources with {@code items} (a name, then its object, and so on) under {@code kind} (/Font, /XObject). */
    public static COSDictionary resources(COSName kind, Object... items) {
        COSDictionary named = new COSDictionary();
        for (int i = 0; i < items.length; i += 2) {
            named.setItem(COSName.getPDFName((String) items[i]), (COSBase) items[i + 1]);
        }
        COSDictionary resources = new COSDictionary();
        resources.setItem(kind, named);
        return resources;
    }

    /** Helvetica (not embedded) with {@code toUnicode} as its character map. */
    public static COSDictionary fontWithToUnicode(byte[] toUnicode) {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
        COSStream map = new COSStream();
        try (OutputStream out = map.createRawOutputStream()) {
            out.write(toUnicode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        font.setItem(COSName.TO_UNICODE, map);
        return font;
    }

    /** {@code content} encoded by PDFBox's encoder for {@code filter}. */
    public static byte[] encode(byte[] content, COSName filter) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FilterFactory.INSTANCE.getFilter(filter).encode(new ByteArrayInputStream(content), out, new COSDictionary(), 0);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Zlib data that inflates to {@code prefix} and then {@code zeros} zero bytes, at some 1 000 to 1:
     * a megabyte of zeros is compressed once, on its own (a full flush, so that it refers to nothing
     * before it), and repeated; the test holds only the compressed bytes.
     */
    public static byte[] flate(byte[] prefix, long zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xda);
        out.writeBytes(segment(prefix));
        int mebibyte = 1 << 20;
        byte[] full = segment(new byte[mebibyte]);
        for (long i = 0; i < zeros / mebibyte; i++) {
            out.writeBytes(full);
        }
        out.writeBytes(segment(new byte[(int) (zeros % mebibyte)]));
        // The last block: final, fixed codes, nothing but its end.
        out.write(0x03);
        out.write(0x00);
        Adler32 adler = new Adler32();
        adler.update(prefix);
        long a = adler.getValue() & 0xffff;
        long b = (adler.getValue() >>> 16) + zeros % 65521 * a % 65521;
        long checksum = b % 65521 << 16 | a;
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (checksum >>> shift));
        }
        return out.toByteArray();
    }

    private static byte[] segment(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.end();
        return out.toByteArray();
    }

    /**
     * LZW codes (with early change) for about {@code bytes} zero bytes: each code names the string
     * before it and one zero more, until the table is full, then the longest string again and again.
     */
    public static byte[] lzwZeros(long bytes) {
        Bits bits = new Bits();
        int size = 258;
        bits.write(0, 9);
        long written = 1;
        while (written < bytes) {
            boolean full = size == 4096;
            // A code is read at the width the table's size gives before the code adds to it.
            bits.write(full ? 4095 : size, width(size));
            written += (full ? 4095 : size) - 256;
            if (!full) {
                size++;
            }
        }
        bits.write(257, width(size));
        return bits.bytes();
    }

    private static int width(int size) {
        int next = size + 1;
        return next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
    }

    /** RunLengthDecode data for {@code bytes} zero bytes: 128 of them for every two bytes. */
    public static byte[] runLengthZeros(long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long i = 0; i < bytes; i += 128) {
            out.write(129);
            out.write(0);
        }
        out.write(128);
        return out.toByteArray();
    }

    /** {@code data} in ASCII85, as a PDF writer would write it, ending in {@code ~>}. */
    public static byte[] ascii85(byte[] data) {
        return encode(data, COSName.ASCII85_DECODE);
    }

    /** Bits written most significant first, as LZW codes are. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long buffer;
        private int count;

        void write(int code, int width) {
            buffer = buffer << width | code;
            count += width;
            while (count >= 8) {
                count -= 8;
                out.write((int) (buffer >>> count));
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write((int) (buffer << 8 - count));
            }
            return out.toByteArray();
        }
    }

    /**
     * A hand-written PDF with a cross-reference stream and {@code objects}: object {@code i + 1} is
     * {@code objects[i]}, given as its dictionary; a stream is a dictionary with {@code stream} data
     * after it ({@link #stream}). Object 1 is the catalog. {@code compressed} maps object numbers
     * that live in an object stream to {@code [stream number, index]}.
     */
    public static byte[] handWritten(String[] objects, Map<Integer, int[]> compressed, byte[] xrefData, String xrefFilter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        int count = objects.length + 2;
        long[] offsets = new long[count];
        for (int i = 0; i < objects.length; i++) {
            if (objects[i] == null) {
                continue;
            }
            offsets[i + 1] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects[i].getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = count - 1;
        offsets[xref] = out.size();
        byte[] rows = xrefData;
        if (rows == null) {
            ByteArrayOutputStream table = new ByteArrayOutputStream();
            for (int i = 0; i < count; i++) {
                int[] in = compressed.get(i);
                int type = i == 0 ? 0 : in != null ? 2 : offsets[i] > 0 ? 1 : 0;
                long field = in != null ? in[0] : offsets[i];
                int second = in != null ? in[1] : i == 0 ? 65535 : 0;
                table.write(type);
                for (int shift = 24; shift >= 0; shift -= 8) {
                    table.write((int) (field >>> shift));
                }
                table.write(second >>> 8);
                table.write(second);
            }
            rows = table.toByteArray();
        }
        String filter = xrefFilter == null ? "" : " /Filter /" + xrefFilter;
        out.writeBytes((xref + " 0 obj\n<< /Type /XRef /Size " + count + " /W [1 4 2] /Root 1 0 R" + filter
                + " /Length " + rows.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(rows);
        out.writeBytes(("\nendstream\nendobj\nstartxref\n" + offsets[xref] + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /**
     * A hand-written PDF with a catalog, an empty page tree and a classic cross-reference table of
     * {@code entries} entries, all but the first two naming the catalog again.
     */
    public static byte[] withXrefTable(int entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        int catalog = out.size();
        out.writeBytes("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int pages = out.size();
        out.writeBytes("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int xref = out.size();
        out.writeBytes(("xref\n0 " + entries + "\n0000000000 65535 f \n" + String.format("%010d 00000 n \n", catalog)
                + String.format("%010d 00000 n \n", pages)).getBytes(StandardCharsets.ISO_8859_1));
        byte[] entry = String.format("%010d 00000 n \n", catalog).getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 3; i < entries; i++) {
            out.writeBytes(entry);
        }
        out.writeBytes(("trailer\n<< /Size " + entries + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A stream object's text for {@link #handWritten}: {@code dictionary} entries, its length, the data. */
    public static String stream(String dictionary, byte[] data) {
        return "<< " + dictionary + " /Length " + data.length + " >>\nstream\n"
                + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream";
    }
}
