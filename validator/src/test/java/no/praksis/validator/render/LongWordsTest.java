package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;

/**
 * Issue 14, long words: a name, an e-mail address, a URL or a word longer than its line or table
 * column wraps where it reaches the edge. Nothing is drawn outside the page, or outside the page's
 * left and right margins, and nothing of the text is lost.
 */
class LongWordsTest {

    private static final Renderer RENDERER = new Renderer(Validator.builder().build());

    /** 110 letters, no space or hyphen: the site name of the issue. */
    static final String SITE = "Langtidsavdelingforrehabiliteringogomsorgsboligermedheldøgnsbemanning"
            + "foreldremedsammensattebehovogdemenssykdom";
    static final String EMAIL = "kari.nordmann.praksiskoordinator.fakultetforhelsevitenskap@storbyuniversitetet-oslomet.example";
    static final String WORD = "Praksisstudiesamarbeidsavtaleforhandlingsutvalgssekretariatsmedarbeider"
            + "opplæringsprogramevalueringsrapportutkastgjennomgang";
    static final String URL = "https://www.oslomet.example/praksis/samarbeidsavtaler/helse-og-omsorg/baerum-kommune/2026/"
            + "vedlegg/retningslinjer-for-praksisstudier-i-kommunale-tjenester.pdf";
    /** An agreement id of 100 characters without a hyphen, printed in the footer of every page. */
    static final String ID = "oslometbaerumhelseogomsorgpraksisstudiersamarbeidsavtalefortjenesteneikommunenfrahosten2026"
            + "abcdefghi";
    static final String ORGANISATION = "Utviklingssenterforsykehjemoghjemmetjenesterivestreviken"
            + "kommunesamarbeidetforinnovasjon";
    static final String PARTICIPANT = "Praksiskoordinatorforsykepleieutdanningenvedinstituttforsykepleieoghelsefremmende"
            + "arbeid";

    /** The complete example with each kind of long word where the contract prints it. */
    static String hostile() {
        String yaml = TestAgreements.complete(ID);
        yaml = replaceOnce(yaml, "    name: Lindelia sykehjem\n", "    name: " + SITE + "\n");
        yaml = replaceOnce(yaml, "kari.nordmann@oslomet.example", EMAIL);
        yaml = replaceOnce(yaml, "Uenighet om forståelsen av avtalen skal først søkes løst ved forhandlinger mellom partene.",
                "Uenighet om forståelsen av avtalen skal først søkes løst ved forhandlinger mellom partene. " + WORD
                        + " er et langt ord, og retningslinjene står på " + URL + ".");
        yaml = replaceOnce(yaml, "    organisation: Utviklingssenter for sykehjem og hjemmetjenester\n",
                "    organisation: " + ORGANISATION + "\n");
        yaml = replaceOnce(yaml, "participants: [Kommunedirektør, Rektor]", "participants: [Kommunedirektør, " + PARTICIPANT + "]");
        return yaml;
    }

    private static String replaceOnce(String text, String what, String with) {
        assertThat(text).as("the complete example has «%s»", what.strip()).contains(what);
        return text.replace(what, with);
    }

    private static byte[] render(String yaml) {
        Renderer.Rendering rendering = RENDERER.render("avtale.yaml", yaml.getBytes(StandardCharsets.UTF_8), false);
        assertThat(rendering.refused()).as(rendering.report().findings().toString()).isFalse();
        return rendering.pdf();
    }

    @Test
    void everyWordOfAContractWithLongWordsLiesInsideThePageAndItsMargins() throws IOException {
        byte[] pdf = render(hostile());
        assertThat(wordsOutside(pdf)).isEmpty();
        // Wrapped, not cut off: every long word is in the text, its pieces in order.
        String text = text(pdf).replaceAll("(?U)\\s+", "");
        assertThat(text).contains(SITE).contains(EMAIL).contains(WORD).contains(URL).contains(ORGANISATION)
                .contains(PARTICIPANT).contains(ID);
    }

    @Test
    void everyWordOfTheCompleteExampleLiesInsideThePageAndItsMargins() throws IOException {
        assertThat(wordsOutside(render(TestAgreements.complete()))).isEmpty();
    }

    @Test
    void aContractWithLongWordsIsStillPdfA3aAndPdfUa1() throws Exception {
        byte[] pdf = render(hostile());
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** The text in the order the PDF draws it (a table cell's lines one after another). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Each word whose glyphs reach outside its page's media box or its left and right margins. */
    static List<String> wordsOutside(byte[] pdf) throws IOException {
        float[] margins = pageMargins();
        WordBoxes words = new WordBoxes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            words.getText(document);
        }
        assertThat(words.count).as("words seen").isGreaterThan(500);
        List<String> outside = new ArrayList<>();
        float slack = 0.5f;
        for (Word word : words.words) {
            PDRectangle page = word.page;
            boolean inPage = word.left >= -slack && word.right <= page.getWidth() + slack
                    && word.top >= -slack && word.bottom <= page.getHeight() + slack;
            boolean inMargins = word.left >= margins[3] - slack && word.right <= page.getWidth() - margins[1] + slack;
            if (!inPage || !inMargins) {
                outside.add(String.format(Locale.ROOT, "page %d: «%s» x %.1f–%.1f y %.1f–%.1f (page %.1f × %.1f, %s)",
                        word.pageNo, word.text, word.left, word.right, word.top, word.bottom, page.getWidth(),
                        page.getHeight(), inPage ? "in the margin" : "off the page"));
            }
        }
        return outside;
    }

    /** The page margins contract.css gives (top, right, bottom, left), in points. */
    static float[] pageMargins() throws IOException {
        String css;
        try (InputStream in = LongWordsTest.class.getResourceAsStream("/no/praksis/templates/contract.css")) {
            assertThat(in).as("contract.css on the classpath").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("@page\\s*\\{[^}]*?\\bmargin:\\s*([0-9.]+)mm\\s+([0-9.]+)mm\\s+([0-9.]+)mm\\s+([0-9.]+)mm")
                .matcher(css);
        assertThat(m.find()).as("contract.css gives the @page margins as four lengths in mm").isTrue();
        float[] margins = new float[4];
        for (int i = 0; i < 4; i++) {
            margins[i] = Float.parseFloat(m.group(i + 1)) * 72f / 25.4f;
        }
        return margins;
    }

    private record Word(int pageNo, PDRectangle page, String text, float left, float right, float top, float bottom) {
    }

    /** Collects every word the text stripper finds with the box of its glyphs, in page coordinates from the top left. */
    private static final class WordBoxes extends PDFTextStripper {
        final List<Word> words = new ArrayList<>();
        int count;

        WordBoxes() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    add(word);
                    word = new ArrayList<>();
                } else {
                    word.add(position);
                }
            }
            add(word);
        }

        private void add(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) {
                return;
            }
            count++;
            StringBuilder text = new StringBuilder();
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (TextPosition glyph : glyphs) {
                text.append(glyph.getUnicode());
                left = Math.min(left, glyph.getXDirAdj());
                right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
                bottom = Math.max(bottom, glyph.getYDirAdj());
            }
            words.add(new Word(getCurrentPageNo(), getCurrentPage().getMediaBox(), text.toString(), left, right, top, bottom));
        }
    }
}
