package no.praksis.validator.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import no.praksis.validator.load.LoadLimits;

/** Reads the agreement's YAML back out of a contract that {@link Renderer} made. */
public final class ContractSource {

    /** The embedded source: its file name and its exact bytes. */
    public record Source(String name, byte[] content) {
    }

    private ContractSource() {
    }

    /**
     * The largest contract read, in bytes. A contract is some hundred kilobytes; this leaves room for
     * one of the largest agreements the validator accepts, and keeps a file that is no contract (a
     * disk image, an endless device) from filling the memory.
     */
    public static final long MAX_CONTRACT_BYTES = 64L * 1024 * 1024;

    /**
     * The largest embedded source read: no larger agreement could have been rendered
     * ({@link LoadLimits#MAX_MAX_BYTES}). A compressed stream that expands beyond it (a
     * decompression bomb) is refused without being expanded further.
     */
    public static final int MAX_SOURCE_BYTES = (int) LoadLimits.MAX_MAX_BYTES;

    /**
     * The agreement embedded in {@code pdf} as the document's source, if there is one.
     *
     * @throws IOException when {@code pdf} is not a readable PDF, or its source is larger than
     *                     {@link #MAX_SOURCE_BYTES}
     */
    public static Optional<Source> extract(byte[] pdf) throws IOException {
        try (UntrustedPdf untrusted = UntrustedPdf.open(pdf)) {
            PDDocument document = untrusted.document();
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> entries = files == null ? null : files.getNames();
            for (Map.Entry<String, PDComplexFileSpecification> entry : entries == null ? Map.<String, PDComplexFileSpecification>of().entrySet() : entries.entrySet()) {
                PDComplexFileSpecification specification = entry.getValue();
                String relationship = specification.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"));
                PDEmbeddedFile file = specification.getEmbeddedFileUnicode() != null
                        ? specification.getEmbeddedFileUnicode() : specification.getEmbeddedFile();
                untrusted.checked();
                if ("Source".equals(relationship) && file != null) {
                    return Optional.of(new Source(entry.getKey(), bounded(file)));
                }
            }
            // A part PDFBox could not read is no reason to say there is no source when it was refused.
            untrusted.checked();
            return Optional.empty();
        } catch (RuntimeException e) {
            // PDFBox reads hostile files with care, but a broken structure can still surface as a
            // runtime exception; to the caller it is a file that is not a readable PDF.
            throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays and dictionaries recursively, without a limit of its own;
            // the parse is abandoned whole, so nothing is left in a broken state.
            throw new IOException("PDF-en har lister eller ordbøker nestet for dypt", e);
        }
    }

    /** The embedded file's bytes, decoded through bounded filters: never more than the limit is expanded. */
    private static byte[] bounded(PDEmbeddedFile file) throws IOException {
        try (InputStream in = StreamDecoding.open(file.getCOSObject(), MAX_SOURCE_BYTES)) {
            return in.readAllBytes();
        } catch (StreamDecoding.TooLarge e) {
            throw new IOException("vedlegget blir større enn " + MAX_SOURCE_BYTES
                    + " byte når det pakkes ut; ingen avtale som kan gjengis, er så stor", e);
        }
    }
}
