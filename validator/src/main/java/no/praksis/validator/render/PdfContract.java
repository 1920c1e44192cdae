package no.praksis.validator.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;

/**
 * Turns contract XHTML into an archival, accessible PDF: PDF/A-3a (which makes it tagged) and PDF/UA,
 * with the DejaVu fonts the project ships embedded, and with no access to files or the network. Then
 * it embeds the agreement's YAML as the contract's source, adds one empty signature field per
 * signatory, and fixes every date and the document id, so that the same input gives the same bytes.
 */
final class PdfContract {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Pattern SIGNATURE_BLOCK = Pattern.compile("sig-.+");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * What to embed and sign.
     *
     * @param fields the signature field of each signatory, as {@code id of its block → field tooltip};
     *               empty for a draft
     * @param date   the date the document carries (from the agreement), instead of today's
     */
    record Parts(byte[] source, String attachmentName, String attachmentDescription, Map<String, String> fields,
                 LocalDate date, long documentId, String producer) {
    }

    static {
        // openhtmltopdf logs its progress through java.util.logging; the tool reports through its own output.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfContract() {
    }

    static byte[] render(String xhtml, Parts parts) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        font(builder, "DejaVu Serif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic");
        font(builder, "DejaVu Sans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique");
        // The contract is made only from the project's own template and fonts: nothing is fetched.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer(parts.producer());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            attach(document, parts);
            if (!parts.fields().isEmpty()) {
                sign(document, renderer.findPagePositionsByID(SIGNATURE_BLOCK), parts.fields());
            }
            fixMetadata(document, parts);
            document.setDocumentId(parts.documentId());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String family, String regular, String bold, String italic,
                             String boldItalic) {
        builder.useFont(() -> stream(regular), family, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> stream(bold), family, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> stream(italic), family, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
        builder.useFont(() -> stream(boldItalic), family, 700, BaseRendererBuilder.FontStyle.ITALIC, true);
    }

    private static InputStream stream(String font) {
        InputStream in = PdfContract.class.getResourceAsStream(FONTS + font + ".ttf");
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + font);
        }
        return in;
    }

    /** Embeds the agreement's YAML as the source of the document (PDF/A-3 associated file). */
    private static void attach(PDDocument document, Parts parts) throws IOException {
        Calendar date = calendar(parts.date());
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(parts.source()));
        file.setSubtype("application/yaml");
        file.setSize(parts.source().length);
        file.setCreationDate(date);
        file.setModDate(date);
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(parts.attachmentName());
        specification.setFileUnicode(parts.attachmentName());
        specification.setEmbeddedFile(file);
        specification.setEmbeddedFileUnicode(file);
        specification.setFileDescription(parts.attachmentDescription());
        specification.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(parts.attachmentName(), specification));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(files);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(specification);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /**
     * One empty signature field over each signatory's block, tagged as a Form structure element so
     * that the document stays accessible.
     */
    private static void sign(PDDocument document, List<PagePosition<Box>> blocks, Map<String, String> fields)
            throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        // getAcroForm(null): the default would add a non-embedded Helvetica and break PDF/A.
        PDAcroForm form = catalog.getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(document);
            catalog.setAcroForm(form);
        }
        form.getCOSObject().removeItem(COSName.NEED_APPEARANCES);
        form.setDefaultResources(new PDResources());
        PDStructureTreeRoot root = catalog.getStructureTreeRoot();
        PDStructureElement parent = documentElement(root);
        Map<Integer, COSObjectable> parentTree = new HashMap<>(root.getParentTree().getNumbers());
        int nextKey = root.getParentTreeNextKey();
        List<org.apache.pdfbox.pdmodel.interactive.form.PDField> added = new ArrayList<>();
        Map<String, PagePosition<Box>> byName = new HashMap<>();
        for (PagePosition<Box> block : blocks) {
            byName.putIfAbsent(block.getId().substring("sig-".length()), block);
        }
        // Fields in the order the agreement lists its signatories, wherever the layout put their blocks.
        for (String name : fields.keySet()) {
            PagePosition<Box> block = byName.get(name);
            if (block == null) {
                throw new IllegalStateException("the contract template has no signature block for " + name);
            }
            PDPage page = document.getPage(block.getPageNo());
            PDRectangle rectangle = new PDRectangle(block.getX(), block.getY(), block.getWidth(), block.getHeight());
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(name);
            field.setAlternateFieldName(fields.get(name));
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rectangle);
            widget.setPage(page);
            widget.setPrinted(true);
            widget.getCOSObject().setString(COSName.CONTENTS, fields.get(name));
            PDAppearanceStream appearance = new PDAppearanceStream(document);
            appearance.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
            appearance.setResources(new PDResources());
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.setNormalAppearance(appearance);
            widget.setAppearance(appearances);
            page.getAnnotations().add(widget);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            PDStructureElement element = new PDStructureElement("Form", parent);
            element.setAlternateDescription(fields.get(name));
            PDObjectReference reference = new PDObjectReference();
            reference.setReferencedObject(widget);
            reference.setPage(page);
            element.appendKid(reference);
            parent.appendKid(element);
            widget.setStructParent(nextKey);
            parentTree.put(nextKey, element);
            nextKey++;
            added.add(field);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(COSBase.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
        form.getFields().addAll(added);
        form.setSignaturesExist(false);
        form.setAppendOnly(false);
    }

    private static PDStructureElement documentElement(PDStructureTreeRoot root) {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                return element;
            }
        }
        throw new IllegalStateException("the tagged PDF has no document structure element");
    }

    /**
     * Dates from the agreement, in the document information and in the XMP metadata alike (PDF/A
     * wants both), and the SHA-256 of the source in the XMP metadata ({@link ContractMetadata}).
     */
    private static void fixMetadata(PDDocument document, Parts parts) throws IOException {
        Calendar calendar = calendar(parts.date());
        document.getDocumentInformation().setCreationDate(calendar);
        document.getDocumentInformation().setModificationDate(calendar);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        try {
            XMPMetadata xmp;
            if (metadata == null) {
                xmp = XMPMetadata.createXMPMetadata();
            } else {
                try (InputStream in = metadata.exportXMPMetadata()) {
                    xmp = new DomXmpParser().parse(in.readAllBytes());
                }
            }
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(calendar);
            basic.setModifyDate(calendar);
            basic.setMetadataDate(calendar);
            ContractMetadata.record(xmp, ContractSource.sha256(parts.source()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata fixed = new PDMetadata(document);
            fixed.importXMPMetadata(out.toByteArray());
            document.getDocumentCatalog().setMetadata(fixed);
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("cannot rewrite the XMP metadata openhtmltopdf wrote", e);
        }
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    /** A document id from content: the first eight bytes of a digest. */
    static long documentId(byte[] digest) {
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }
}
