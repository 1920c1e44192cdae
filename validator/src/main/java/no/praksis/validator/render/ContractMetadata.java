package no.praksis.validator.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;

/**
 * The SHA-256 of the embedded agreement as the contract's metadata records it: the XMP property
 * {@code praksis:sourceSha256} in praksis's own namespace.
 *
 * <p>Why there: XMP is where an archive and PDF/A put what a document says about itself, and it is
 * read without the pages. PDF/A-3 allows a property outside the standard schemas only when the XMP
 * packet describes it in an extension schema ({@code pdfaExtension:schemas}, ISO 19005-3 6.6.2.3),
 * which is written here beside the one openhtmltopdf writes; without it veraPDF fails the contract.
 * The alternatives were weaker: the embedded file's {@code /Params /CheckSum} is standard but MD5,
 * and a custom key in the document information dictionary has no place in PDF/A's metadata model.
 * None of them proves anything against someone who changes the file on purpose, who can change the
 * metadata too; {@code praksis verify} therefore also compares the sum printed on the signature page.
 */
final class ContractMetadata {

    /** praksis's XMP namespace, for version 1.0 of what a contract records. */
    static final String NAMESPACE = "https://github.com/praksis/praksis/ns/contract/1.0/";
    static final String PREFIX = "praksis";
    static final String PROPERTY = "sourceSha256";

    /** The largest metadata stream read: a contract's is some 6 KB. */
    static final long MAX_METADATA_BYTES = 1 << 20;

    private ContractMetadata() {
    }

    /** Records {@code sha256}, with the extension schema that declares the property for PDF/A. */
    static void record(XMPMetadata xmp, String sha256) {
        PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
        if (extension == null) {
            extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        }
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "praksis contract"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PREFIX));
        PDFAPropertyType property = new PDFAPropertyType(xmp);
        property.addProperty(property.createTextType(PDFAPropertyType.NAME, PROPERTY));
        property.addProperty(property.createTextType(PDFAPropertyType.VALUETYPE, "Text"));
        property.addProperty(property.createTextType(PDFAPropertyType.CATEGORY, "external"));
        property.addProperty(property.createTextType(PDFAPropertyType.DESCRIPTION,
                "SHA-256 of the agreement (YAML) embedded as the source of this contract, in lower-case hexadecimal"));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.addProperty(property);
        schema.addProperty(properties);
        extension.addBagValue(PDFAExtensionSchema.SCHEMAS, schema);
        XMPSchema praksis = new XMPSchema(xmp, NAMESPACE, PREFIX);
        praksis.setTextPropertyValue(PROPERTY, sha256);
        xmp.addSchema(praksis);
    }

    /**
     * Every value of the property in the document's metadata, in order: none for a PDF that praksis
     * did not make (or made before it recorded one). The XML is read as a stream, with no document
     * type and no entities, and no further than {@link #MAX_METADATA_BYTES}.
     *
     * @throws IOException when the metadata cannot be read as XML
     */
    static List<String> recorded(PDDocument document) throws IOException {
        List<String> values = new ArrayList<>();
        if (!(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.METADATA) instanceof COSStream stream)) {
            return values;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try (InputStream in = StreamDecoding.open(stream, MAX_METADATA_BYTES)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    // RDF lets a simple property be an attribute of its description or an element in it.
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (NAMESPACE.equals(xml.getAttributeNamespace(i)) && PROPERTY.equals(xml.getAttributeLocalName(i))) {
                            values.add(xml.getAttributeValue(i));
                        }
                    }
                    if (NAMESPACE.equals(xml.getNamespaceURI()) && PROPERTY.equals(xml.getLocalName())) {
                        values.add(xml.getElementText());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new PdfProblem(e, "pdf.metadata");
        }
        return values;
    }
}
