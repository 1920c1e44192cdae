package no.praksis.validator.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import no.praksis.validator.load.Printable;

/**
 * The text of each page of a PDF that anyone may have made, read with PDFBox's text stripper within
 * bounds. The stripper keeps every character of a page, with its position, until the page ends; it
 * runs a form as often as a page draws it (fifty levels deep); it parses a whole font before it
 * shows a character of it, and again at each use when the font is not given by reference. So,
 * before PDFBox uses them, a page's content and each form may decode to at most
 * {@link #MAX_CONTENT_BYTES}, a font program to {@link #MAX_FONT_BYTES} and a character map to
 * {@link #MAX_CMAP_BYTES}; a page may show {@link #MAX_GLYPHS_ON_A_PAGE} characters, the document
 * run {@link #MAX_OPERATORS} operators, and all that PDFBox decodes to draw the pages (a form each
 * time it is drawn) may come to {@link #MAX_DRAWN_BYTES}. A page of a praksis contract has some 20 KB of
 * content and 5 000 characters, its fonts are subsets of 15 KB with maps of 1 KB.
 */
final class PageText extends PDFTextStripper {

    static final long MAX_CONTENT_BYTES = 2 << 20;
    static final long MAX_FONT_BYTES = 2 << 20;
    static final long MAX_CMAP_BYTES = 128 << 10;
    static final int MAX_GLYPHS_ON_A_PAGE = 100_000;
    static final long MAX_OPERATORS = 16_000_000;

    /**
     * The most PDFBox may decode to draw the pages, a form each time it is drawn: a bound on time
     * (PDFBox parses content at some 5 MB a second, so a form of two megabytes drawn a million times
     * would take days), some 130 times the content of the complete example's six pages.
     */
    static final long MAX_DRAWN_BYTES = 16 << 20;

    /** A bound was reached; unchecked, so that PDFBox, which logs and skips a failing form, lets it through. */
    private static final class Exceeded extends RuntimeException {
        final PdfProblem problem;

        Exceeded(String key, Object... namesAndValues) {
            super(null, null, false, false);
            this.problem = new PdfProblem(key, namesAndValues);
        }
    }

    private final Consumer<String> eachPage;
    private final StringWriter text = new StringWriter();
    /** The decoded size of each stream measured, so that a form drawn a million times is measured once. */
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();
    private final Set<COSBase> cachedFonts = Collections.newSetFromMap(new IdentityHashMap<>());
    private long drawn;
    private int glyphs;
    private long operators;
    private int page;

    private PageText(Consumer<String> eachPage) {
        this.eachPage = eachPage;
    }

    /**
     * Gives the text of each page of {@code document} to {@code eachPage}, in order.
     *
     * @throws IOException when a bound is reached or PDFBox cannot read the page
     */
    static void read(PDDocument document, Consumer<String> eachPage) throws IOException {
        PageText stripper = new PageText(eachPage);
        try {
            stripper.writeText(document, stripper.text);
        } catch (Exceeded e) {
            throw e.problem.again();
        }
    }

    @Override
    public void processPage(PDPage pdPage) throws IOException {
        page++;
        glyphs = 0;
        text.getBuffer().setLength(0);
        // PDFBox decodes all of a page's content streams at once, each time one is listed.
        long content = 0;
        for (COSStream part : streams(pdPage.getCOSObject().getDictionaryObject(COSName.CONTENTS))) {
            content += size(part, MAX_CONTENT_BYTES - content, "pdf.size.content", MAX_CONTENT_BYTES);
        }
        spend(content);
        super.processPage(pdPage);
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        super.endPage(pdPage);
        eachPage.accept(text.toString());
        text.getBuffer().setLength(0);
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        if (++glyphs > MAX_GLYPHS_ON_A_PAGE) {
            throw new Exceeded("pdf.glyphs", "page", page, "max", MAX_GLYPHS_ON_A_PAGE);
        }
        super.processTextPosition(position);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS) {
            throw new Exceeded("pdf.operators", "max", MAX_OPERATORS);
        }
        if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
            COSDictionary fonts = resources(COSName.FONT);
            COSDictionary objects = resources(COSName.XOBJECT);
            if ("Tf".equals(operator.getName()) && fonts != null
                    && fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                // PDFBox keeps a font it reached by reference; one given directly it parses at each use.
                boolean cached = fonts.getItem(name) instanceof COSObject;
                if (!cached || cachedFonts.add(font)) {
                    spend(font(font));
                }
            } else if ("Do".equals(operator.getName()) && objects != null
                    && objects.getDictionaryObject(name) instanceof COSStream form
                    && COSName.FORM.equals(form.getItem(COSName.SUBTYPE))) {
                // A form's content is decoded each time it is drawn.
                spend(size(form, MAX_CONTENT_BYTES, "pdf.size.form", MAX_CONTENT_BYTES));
            }
        }
        super.processOperator(operator, operands);
    }

    private COSDictionary resources(COSName kind) {
        PDResources resources = getResources();
        return resources == null ? null : resources.getCOSObject().getCOSDictionary(kind);
    }

    /** The decoded size of the streams a font is made from, each checked before PDFBox parses it. */
    private long font(COSDictionary font) throws IOException {
        long total = cmaps(font);
        total += descriptor(font);
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    total += descriptor(descendant) + cmaps(descendant);
                }
            }
        }
        return total;
    }

    private long cmaps(COSDictionary font) throws IOException {
        long total = 0;
        for (COSName map : new COSName[] {COSName.TO_UNICODE, COSName.ENCODING, COSName.CID_TO_GID_MAP}) {
            for (COSStream stream : streams(font.getDictionaryObject(map))) {
                total += size(stream, MAX_CMAP_BYTES, "pdf.size.cmap", MAX_CMAP_BYTES, "name", Printable.cut(map.getName(), 100));
            }
        }
        return total;
    }

    private long descriptor(COSDictionary font) throws IOException {
        long total = 0;
        if (font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor) {
            for (COSName file : new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
                for (COSStream stream : streams(descriptor.getDictionaryObject(file))) {
                    total += size(stream, MAX_FONT_BYTES, "pdf.size.font", MAX_FONT_BYTES);
                }
            }
        }
        return total;
    }

    /** The streams {@code content} is: itself, the streams of an array, or none. */
    private static List<COSStream> streams(COSBase content) {
        List<COSStream> streams = new ArrayList<>();
        if (content instanceof COSStream stream) {
            streams.add(stream);
        } else if (content instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    /**
     * The decoded size of {@code stream}, measured once; {@link Exceeded} when it is more than
     * {@code limit} (what is left of {@code bound}, which the message names).
     */
    private long size(COSStream stream, long limit, String problem, long bound, Object... more) throws IOException {
        Long known = sizes.get(stream);
        if (known == null) {
            try (InputStream in = StreamDecoding.open(stream, bound)) {
                known = in.transferTo(OutputStream.nullOutputStream());
            } catch (StreamDecoding.TooLarge e) {
                known = Long.MAX_VALUE;
            }
            sizes.put(stream, known);
        }
        if (known > limit) {
            Object[] namesAndValues = java.util.Arrays.copyOf(new Object[] {"page", page, "max", bound}, 4 + more.length);
            System.arraycopy(more, 0, namesAndValues, 4, more.length);
            throw new Exceeded(problem, namesAndValues);
        }
        return known;
    }

    /** Counts what PDFBox decodes while reading the text: a bound on time, as forms are drawn again and again. */
    private void spend(long bytes) {
        drawn += bytes;
        if (drawn > MAX_DRAWN_BYTES) {
            throw new Exceeded("pdf.drawn", "max", MAX_DRAWN_BYTES);
        }
    }
}
