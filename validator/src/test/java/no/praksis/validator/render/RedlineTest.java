package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.diff.Redline;

/** The redline the parties read before they sign an amended agreement. */
class RedlineTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    private static final String V1 = TestAgreements.complete();
    private static final String V2 = V1.replace("version: 1\n", "version: 2\n")
            .replace("minimumPlacements: 12", "minimumPlacements: 10")
            .replace("løst ved forhandlinger mellom partene", "løst ved mekling mellom partene")
            .replace("title: Samarbeidsavtale om praksisstudier i kommunale helse- og omsorgstjenester",
                    "title: Samarbeidsavtale om praksisstudier i Bærum");

    private static byte[] redline() {
        Amendments.Amendment amendment = new Amendments(VALIDATOR).compare("v1.yaml",
                V1.getBytes(StandardCharsets.UTF_8), "v2.yaml", V2.getBytes(StandardCharsets.UTF_8));
        return new Renderer(VALIDATOR).redline(amendment, V2.getBytes(StandardCharsets.UTF_8));
    }

    private static final byte[] PDF = redline();

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("(?U)\\s+", " ");
    }

    @Test
    void theWordsThatWentAndCameAreMarkedInTheContractAndEveryChangeIsInItsTable() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF)) {
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("løst ved slettet: forhandlinger nytt: mekling mellom partene");
            assertThat(all).contains("Endringer fra versjon 1")
                    .contains("Endret /capacity/commitments/0/minimumPlacements: 12 → 10")
                    .contains("Endret /title");
            // The title in the document's metadata and heading reads as the new version.
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Samarbeidsavtale om praksisstudier i Bærum");
            assertThat(all).doesNotContain(String.valueOf(Redline.REMOVED_START)).doesNotContain(String.valueOf(Redline.ADDED_END));
        }
    }

    @Test
    void itIsADraftOnEveryPageAndNeverSignable() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(text(document, page, page)).as("page " + page).contains("UTKAST – ikke til signering");
            }
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            assertThat(form == null || form.getFields().isEmpty()).isTrue();
        }
    }

    @Test
    void itIsArchivalAndAccessibleAsContractsAre() throws Exception {
        assertThat(PdfValidation.failures(PDF, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfValidation.failures(PDF, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theMarksBecomeElementsInTheTextAndAreLeftOutOfTitlesAndAttributes() {
        String marked = "<title>a " + Redline.REMOVED_START + "gammel" + Redline.REMOVED_END + " " + Redline.ADDED_START
                + "ny" + Redline.ADDED_END + "</title><meta content=\"" + Redline.REMOVED_START + "x" + Redline.REMOVED_END
                + "y\"/><p>ved " + Redline.REMOVED_START + "forhandlinger" + Redline.REMOVED_END + " " + Redline.ADDED_START
                + "mekling" + Redline.ADDED_END + "</p>";
        assertThat(Redline.toMarkup(marked, "slettet:", "nytt:")).isEqualTo("<title>a ny</title><meta content=\"y\"/>"
                + "<p>ved <span class=\"change-word\">slettet: </span><del>forhandlinger</del> "
                + "<span class=\"change-word\">nytt: </span><ins>mekling</ins></p>");
    }
}
