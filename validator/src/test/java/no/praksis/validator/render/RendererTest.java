package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;

/** The contract as the parties get it, checked the way an archive and a signing tool would check it. */
class RendererTest {

    private static final Renderer RENDERER = new Renderer(Validator.builder().build());
    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();
    private static final String complete = TestAgreements.complete();

    /** The complete example in {@code language}, rendered once per test run. */
    private static byte[] contract(String language) {
        return RENDERED.computeIfAbsent(language, l -> render(inLanguage(l), false).pdf());
    }

    private static String inLanguage(String language) {
        return complete.replace("language: nb", "language: " + language);
    }

    private static Renderer.Rendering render(String yaml, boolean draft) {
        return RENDERER.render("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8), draft);
    }

    /** The text as a reader sees it, in the order it stands on the page. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void theContractIsPdfA3aAndTaggedAccessiblePdfUa1InEachLanguage(String language) throws Exception {
        byte[] pdf = contract(language);
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theBokmalContractStatesTheAgreementAsContractProse() throws IOException {
        String text = text(contract("nb")).replaceAll("(?U)\\s+", " ");
        assertThat(text).contains("Samarbeidsavtale om praksisstudier i kommunale helse- og omsorgstjenester")
                .contains("OsloMet – storbyuniversitetet").contains("997 058 925")
                .contains("Bærum kommune").contains("935 478 715")
                .contains("Bærum kommune forplikter seg til å stille minst 12 praksisplasser for Bachelor i sykepleie ved Lindelia sykehjem")
                .contains("Lindelia sykehjem").contains("Hjemmetjenesten Sandvika").contains("Bolig og omsorg vest")
                .contains("Praksiskoordinatorene avtaler fordeling av studenter")
                .contains("Kari Nordmann").contains("Ola Hansen").contains("Ingrid Berg")
                .contains("Strategisk samarbeidsmøte").contains("Eldrerådet i Bærum").contains("Tvister")
                .contains("Per Olsen").contains("Anne Larsen").contains("Liv Johansen").contains("Tor Andersen")
                .contains("1. august 2026").contains("Side 1 av").contains("oslomet-baerum-helse-2026");
    }

    @Test
    void theFormat11ClausesAreInTheContract() throws IOException {
        // The plan for supervision training is in the complete example; the procedure and a period in
        // weeks are added here.
        String yaml = complete.replace("  cycle: academic-year\n", "  cycle: academic-year\n  procedure: >-\n"
                + "    OsloMet bestiller plassene for hvert studieår innen 1. mars, og kommunen bekrefter dem innen 1. mai.\n")
                .replace("        - from: 2026-09-07\n          to: 2026-10-30\n", "        - weeks: \"37-44\"\n")
                .replace("        - from: 2027-01-11\n          to: 2027-03-05\n", "        - weeks: \"2-9\"\n");
        Renderer.Rendering rendering = render(yaml, false);
        assertThat(rendering.report().findings()).as("the agreement with weeks and a procedure is valid").isEmpty();
        String text = text(rendering.pdf()).replaceAll("(?U)\\s+", " ");
        assertThat(text).contains("OsloMet bestiller plassene for hvert studieår innen 1. mars")
                .contains("Uke 2–9 i hvert studieår")
                .contains("Praksiskoordinatorene legger hvert vår en felles plan");
    }

    @Test
    void nynorskAndEnglishContractsAreWrittenInTheirLanguage() throws IOException {
        assertThat(text(contract("nn"))).contains("Side 1 av").contains("Bærum kommune");
        String english = text(contract("en")).replaceAll("(?U)\\s+", " ");
        assertThat(english).contains("Page 1 of").contains("1 August 2026").contains("Bærum kommune");
    }

    @Test
    void everyFontIsEmbeddedAndComesFromTheProject() throws IOException {
        try (PDDocument document = Loader.loadPDF(contract("nb"))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVu"));
        }
    }

    @Test
    void theAgreementsYamlIsInsideTheContractExactlyAndItsSha256IsPrinted() throws Exception {
        byte[] source = complete.getBytes(StandardCharsets.UTF_8);
        byte[] pdf = contract("nb");
        ContractSource.Source embedded = ContractSource.extract(pdf, "nb").orElseThrow();
        assertThat(embedded.name()).isEqualTo("oslomet-baerum-helse-2026-v1.yaml");
        assertThat(embedded.content()).isEqualTo(source);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
        assertThat(text(pdf).replaceAll("(?U)\\s+", "")).contains(sha256);
    }

    @Test
    void eachSignatoryHasAnEmptySignatureFieldAtTheirBlock() throws IOException {
        try (PDDocument document = Loader.loadPDF(contract("nb"))) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            assertThat(form).isNotNull();
            assertThat(form.getNeedAppearances()).isFalse();
            List<String> names = new ArrayList<>();
            for (PDField field : form.getFields()) {
                assertThat(field).isInstanceOf(PDSignatureField.class);
                assertThat(((PDSignatureField) field).getSignature()).as("unsigned").isNull();
                names.add(field.getPartialName());
                PDAnnotationWidget widget = field.getWidgets().get(0);
                assertThat(widget.isPrinted()).isTrue();
                assertThat(widget.getRectangle().getWidth()).isGreaterThan(100);
                assertThat(widget.getRectangle().getHeight()).isGreaterThan(40);
                // The field lies over the block that names the signatory.
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                var rect = widget.getRectangle();
                float height = widget.getPage().getMediaBox().getHeight();
                area.addRegion("block", new java.awt.geom.Rectangle2D.Float(rect.getLowerLeftX(),
                        height - rect.getUpperRightY(), rect.getWidth(), rect.getHeight()));
                area.extractRegions(widget.getPage());
                String surname = field.getPartialName().substring(field.getPartialName().lastIndexOf('-') + 1);
                assertThat(area.getTextForRegion("block").toLowerCase()).as(field.getPartialName()).contains(surname);
            }
            assertThat(names).containsExactly("signatur-1-per-olsen", "signatur-2-anne-larsen", "signatur-3-liv-johansen",
                    "signatur-4-tor-andersen");
        }
    }

    @Test
    void everySignatoryHasAFieldOfTheirOwnWhateverTheirNames() throws IOException {
        // Two people with the same name, one whose name is the other's with a number after it (the
        // old suffix for a repeated name), and names in scripts that have no Latin letters at all, of
        // those the contract can draw (Arabic or Chinese would be YAML-UNDRAWABLE-CHARACTER and refused).
        String[][] people = {{"institution", "Per Olsen"}, {"baerum", "Per Olsen"}, {"institution", "Per Olsen 2"},
            {"baerum", "Ærlig Åse Øvrebø"}, {"institution", "Γιώργος Παπαδόπουλος"}, {"baerum", "Иван Петров"},
            {"institution", "Արամ Խաչատրյան"}, {"baerum", "გიორგი ბერიძე"}, {"institution", "—"}};
        StringBuilder signatories = new StringBuilder("signatories:\n");
        for (String[] person : people) {
            signatories.append("  - party: ").append(person[0]).append("\n    name: ").append(person[1])
                    .append("\n    title: Rektor\n    level: administrative\n");
        }
        String yaml = complete.substring(0, complete.indexOf("signatories:")) + signatories
                + complete.substring(complete.indexOf("\nstudents:") + 1);
        Renderer.Rendering rendering = render(yaml, false);
        assertThat(rendering.refused()).as(rendering.report().findings().toString()).isFalse();

        var agreement = Validator.builder().build().check("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8)).agreement();
        List<String> expected = ContractModel.signatureFieldNames(agreement);
        assertThat(expected).hasSize(people.length).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("signatur-[1-9][0-9]*-[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(expected.subList(0, 3)).containsExactly("signatur-1-per-olsen", "signatur-2-per-olsen",
                "signatur-3-per-olsen-2");
        assertThat(expected.get(3)).isEqualTo("signatur-4-aerlig-ase-ovrebo");
        assertThat(expected.get(7)).isEqualTo("signatur-8-signatar");

        // The blocks the fields are placed over carry the same names, once each.
        String xhtml = RENDERER.xhtml(ContractModel.of(agreement, false, "0".repeat(64), "avtale.yaml", List.of()));
        List<String> ids = java.util.regex.Pattern.compile("id=\"sig-([^\"]+)\"").matcher(xhtml).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).containsExactlyElementsOf(expected);

        try (PDDocument document = Loader.loadPDF(rendering.pdf())) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm(null).getFields();
            assertThat(fields).hasSize(people.length).allMatch(f -> f instanceof PDSignatureField);
            assertThat(fields).extracting(PDField::getPartialName).containsExactlyElementsOf(expected);
            assertThat(fields).extracting(f -> f.getWidgets().get(0).getPage().getCOSObject().hashCode() + " "
                    + java.util.Arrays.toString(f.getWidgets().get(0).getRectangle().getCOSArray().toFloatArray()))
                    .as("each field has a place of its own").doesNotHaveDuplicates();
        }
    }

    @Test
    void theSameAgreementGivesTheSameBytes() {
        byte[] first = render(complete, false).pdf();
        byte[] second = render(complete, false).pdf();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theBytesDoNotDependOnTheMachinesLocale() {
        byte[] usual = render(complete, false).pdf();
        Locale before = Locale.getDefault();
        try {
            // Arabic and Persian have digits of their own, which once reached a table's colspan.
            for (String tag : new String[] {"ar-EG", "fa-IR", "tr-TR"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                // A renderer made under the locale, as the command line makes one.
                byte[] there = new Renderer(Validator.builder().build())
                        .render("avtale.yaml", complete.getBytes(StandardCharsets.UTF_8), false).pdf();
                assertThat(there).as(tag).isEqualTo(usual);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anAgreementWithAnErrorIsRefusedAndADraftIsMarkedOnEveryPageWithoutSignatureFields() throws IOException {
        String broken = complete.replace("      site: hjemmetjenesten-sandvika\n      minimumPlacements: 8",
                "      site: hjemmetjenesten-sandvika\n      minimumPlacements: 8\n    - programme: vernepleier\n"
                        + "      site: finnes-ikke\n      minimumPlacements: 1");
        Renderer.Rendering refused = render(broken, false);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.report().findings()).extracting(f -> f.ruleId()).contains("CONSISTENCY-SITE-REFERENCE");

        byte[] draft = render(broken, true).pdf();
        try (PDDocument document = Loader.loadPDF(draft)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("UTKAST – ikke til signering");
            }
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            assertThat(form == null || form.getFields().isEmpty()).isTrue();
        }
    }

    @Test
    void aCharacterTheFontsCannotDrawIsAnErrorAtItsLineSoTheContractIsRefusedAndNeverAlteredSilently() {
        String emoji = complete.replace("    name: Lindelia sykehjem\n", "    name: Lindelia sykehjem 🏡\n");
        int line = complete.lines().toList().indexOf("    name: Lindelia sykehjem") + 1;
        Renderer.Rendering refused = render(emoji, false);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.report().findings()).filteredOn(f -> f.ruleId().equals("YAML-UNDRAWABLE-CHARACTER"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(no.praksis.rules.Severity.ERROR);
                    assertThat(f.line()).isEqualTo(line);
                    assertThat(f.column()).isEqualTo(11);
                    assertThat(f.pointer()).isEqualTo("/sites/0/name");
                    assertThat(f.message()).contains("U+1F3E1 (HOUSE WITH GARDEN)");
                });
        assertThat(render(complete.replace("    name: Lindelia sykehjem\n", "    name: Lindelia sykehjem \uF0B7\n"), false)
                .report().findings()).extracting(f -> f.ruleId()).contains("YAML-UNDRAWABLE-CHARACTER");
    }

    @Test
    void aDraftOfAnAgreementMissingWholeSectionsStillRendersAndShowsTheGaps() throws IOException {
        String gaps = complete.substring(0, complete.indexOf("evaluation:")) + complete.substring(complete.indexOf("responsibilities:"));
        gaps = gaps.substring(0, gaps.indexOf("roles:")) + gaps.substring(gaps.indexOf("collaboration:"));
        Renderer.Rendering draft = render(gaps, true);
        assertThat(draft.report().findings()).extracting(f -> f.ruleId()).contains("RAMMEPLAN-3-ROLES", "REPORT-2.1-EVALUATION");
        assertThat(draft.refused()).isFalse();
        assertThat(text(draft.pdf())).contains("UTKAST");
        assertThat(render(gaps, false).refused()).isTrue();
    }

    @Test
    void aLaterVersionSaysOnItsFirstPageWhichVersionItReplaces() throws IOException {
        try (PDDocument first = Loader.loadPDF(contract("nb"))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(first)).contains("Versjon 1").doesNotContain("erstatter versjon");
        }
        byte[] third = render(complete.replace("version: 1\n", "version: 3\n"), false).pdf();
        try (PDDocument document = Loader.loadPDF(third)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(document).replaceAll("(?U)\\s+", " ")).contains("Versjon 3, erstatter versjon 2");
        }
    }

    @Test
    void agreementTextCannotInjectMarkup() throws IOException {
        String hostile = complete.replace("Uenighet om forståelsen av avtalen skal først søkes løst ved forhandlinger mellom partene.",
                "<script>alert(1)</script> </p> & ${x} <img src=\"file:///etc/hostname\"/>");
        byte[] pdf = render(hostile, false).pdf();
        String text = text(pdf).replaceAll("(?U)\\s+", " ");
        assertThat(text).contains("<script>alert(1)</script> </p> & ${x} <img src=\"file:///etc/hostname\"/>");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    assertThat(object).as("no image was loaded").isNotInstanceOf(PDImageXObject.class);
                }
            }
        }
    }
}
