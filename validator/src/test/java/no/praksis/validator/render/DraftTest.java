package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import no.praksis.validator.Finding;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;

/**
 * A draft is made of the files people circulate, however unfinished: any file that parses to a
 * mapping renders, with what is missing shown and every finding listed in an appendix.
 */
class DraftTest {

    private static final Renderer RENDERER = new Renderer(Validator.builder().build());

    private static Renderer.Rendering draft(String yaml) {
        return RENDERER.render("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8), true);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("(?U)\\s+", " ");
        }
    }

    /** The text of every page but the last: the contract without its appendix of findings. */
    private static String body(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(document.getNumberOfPages() - 1);
            return stripper.getText(document).replaceAll("(?U)\\s+", " ");
        }
    }

    /** The text of the last page: the appendix of findings. */
    private static String lastPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(document.getNumberOfPages());
            return stripper.getText(document).replaceAll("(?U)\\s+", " ");
        }
    }

    private static void assertNeverSignable(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            assertThat(form == null || form.getFields().isEmpty()).as("no signature fields").isTrue();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("UTKAST – ikke til signering");
            }
        }
    }

    /** The complete example with a misspelt key, a wrong code and a placeholder: what people circulate. */
    private static final String CIRCULATED = TestAgreements.complete()
            .replace("  effectiveTo: 2029-07-31", "  efectiveTo: 2029-07-31")
            .replace("serviceArea: sykehjem", "serviceArea: sykeheim")
            .replace("name: Bærum kommune\n", "name: \"<<FYLL INN: kommunens navn>>\"\n");

    @Test
    void aFileWithAMisspeltKeyAWrongCodeAndAPlaceholderRendersAsADraftListingEveryFinding() throws IOException {
        Renderer.Rendering final_ = RENDERER.render("avtale.yaml", CIRCULATED.getBytes(StandardCharsets.UTF_8), false);
        assertThat(final_.refused()).as("never signable: no contract of it").isTrue();

        Renderer.Rendering draft = draft(CIRCULATED);
        assertThat(draft.refused()).isFalse();
        List<Finding> findings = draft.report().findings();
        assertThat(findings).extracting(Finding::ruleId)
                .contains("SCHEMA-UNKNOWN-KEY", "SCHEMA-ENUM", "PLACEHOLDER");
        assertNeverSignable(draft.pdf());
        String text = body(draft.pdf());
        // The placeholder is a gap, shown as one; the misspelt key's value is left out, not guessed.
        assertThat(text).contains("[mangler]").doesNotContain("FYLL INN").doesNotContain("31. juli 2029");
        assertThat(text).contains("Lindelia sykehjem").contains("OsloMet – storbyuniversitetet");
        String appendix = lastPage(draft.pdf());
        assertThat(appendix).contains("Vedlegg: Gjenstående funn");
        for (Finding finding : findings) {
            if (!finding.waived()) {
                assertThat(appendix).as(finding.ruleId()).contains(finding.ruleId())
                        .contains(finding.message().replaceAll("(?U)\\s+", " ").substring(0, 30));
            }
        }
        Finding unknown = findings.stream().filter(f -> f.ruleId().equals("SCHEMA-UNKNOWN-KEY")).findFirst().orElseThrow();
        assertThat(appendix).contains("SCHEMA-UNKNOWN-KEY " + unknown.line() + " Feil.");
        assertThat(draft.fileName()).isEqualTo("oslomet-baerum-helse-2026-v1-utkast.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "format: praksisavtale/v1\nid: 12\nversion: to\nlanguage: klingon\ntitle: [a, b]\n",
        "parties: x\nterm: {effectiveFrom: []}\nprogrammes: [{}, 3, {code: [1]}]\nsites: x\n"
            + "capacity: [1, 2]\nsignatories: [{}, x]\nclauses: [{}, {heading: Tvister}]\n",
        "parties: {institution: {}, municipalities: [1, {id: 3}, {}]}\nterm: {effectiveFrom: 2026-08-01}\n"
            + "sites: [{}, {id: a, programmes: [{}, x]}]\n"
            + "capacity: {commitments: [{}, {site: a, periods: [{}, {weeks: x-y, placements: mange}]}]}\n"
            + "competence: {supervisors: {}, supervisionTraining: {}}\nevaluation: {quality: {}, cooperation: 1}\n"
            + "responsibilities: {institution: {}, municipality: {additional: [{}]}}\n"
            + "roles: {practiceCoordinators: {institution: {}, municipalities: [{}]}, professionalDeveloper: {}}\n"
            + "collaboration: {forums: [{}, {level: x}]}\nstudents: {confidentialityDeclaration: kanskje}\n"
            + "userInvolvement: {organisations: [[]]}\nwaivers: [{}]\n",
    })
    void anyMappingRendersAsADraftHoweverBroken(String yaml) throws IOException {
        Renderer.Rendering draft = draft(yaml);
        assertThat(draft.report().findings()).extracting(Finding::ruleId).doesNotContain("parse");
        assertThat(draft.refused()).as(draft.report().findings().toString()).isFalse();
        assertNeverSignable(draft.pdf());
        assertThat(text(draft.pdf())).contains("[mangler]").contains("Vedlegg: Gjenstående funn");
    }

    @Test
    void aDraftIsStillAnArchivalAccessiblePdf() throws Exception {
        byte[] pdf = draft(CIRCULATED).pdf();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aFileThatIsNoMappingGivesNoDraft() {
        assertThat(draft("- en\n- liste\n").refused()).isTrue();
        assertThat(draft("bare tekst\n").refused()).isTrue();
    }

    @Test
    void aDraftOfAValidAgreementSaysThatNoFindingsRemain() throws IOException {
        Renderer.Rendering draft = draft(TestAgreements.complete());
        assertThat(lastPage(draft.pdf())).contains("Vedlegg: Gjenstående funn").contains("Ingen funn gjenstår.");
    }
}
