package no.praksis.validator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The PDF layer on its own: archival and accessible, with the source inside and signature fields. */
class PdfContractTest {

    private static final String XHTML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="nb">
            <head><title>Prøve</title><meta name="subject" content="Prøve"/>
            <style>body { font-family: 'DejaVu Serif'; } @page { size: A4; margin: 25mm; }</style></head>
            <body><h1>Samarbeidsavtale</h1><p>Bærum kommune forplikter seg – æøå.</p>
            <div class="signature" id="sig-signatur-per-olsen"><div style="height: 2cm; border: 1px solid black;"></div>
            <p>Per Olsen, Rektor</p></div></body></html>
            """;

    @Test
    void aSignedReadyPdfIsPdfA3aAndPdfUa1() throws Exception {
        byte[] pdf = PdfContract.render(XHTML, new PdfContract.Parts("format: praksisavtale/v1\n".getBytes(StandardCharsets.UTF_8),
                "proeve-v1.yaml", "Avtalens kildetekst", Map.of("signatur-per-olsen", "Signatur: Per Olsen, Rektor"),
                LocalDate.of(2026, 8, 1), 42L, "praksis test"));
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        assertThat(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFA_3_A)).isNotEmpty();
        assertThat(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }
}
