package no.praksis.validator.render;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Reads the agreement's YAML back out of a contract that {@link Renderer} made. */
public final class ContractSource {

    /** The embedded source: its file name and its exact bytes. */
    public record Source(String name, byte[] content) {
    }

    private ContractSource() {
    }

    /**
     * The agreement embedded in {@code pdf} as the document's source, if there is one.
     *
     * @throws IOException when {@code pdf} is not a readable PDF
     */
    public static Optional<Source> extract(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
            if (files == null || files.getNames() == null) {
                return Optional.empty();
            }
            for (Map.Entry<String, PDComplexFileSpecification> entry : files.getNames().entrySet()) {
                PDComplexFileSpecification specification = entry.getValue();
                String relationship = specification.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"));
                PDEmbeddedFile file = specification.getEmbeddedFileUnicode() != null
                        ? specification.getEmbeddedFileUnicode() : specification.getEmbeddedFile();
                if ("Source".equals(relationship) && file != null) {
                    return Optional.of(new Source(entry.getKey(), file.toByteArray()));
                }
            }
            return Optional.empty();
        }
    }
}
