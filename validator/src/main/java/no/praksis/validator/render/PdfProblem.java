package no.praksis.validator.render;

import java.io.IOException;

import no.praksis.validator.Texts;

/**
 * Why a PDF is refused or cannot be read, as a key of this package's {@code messages*.properties}
 * * ({@code pdf.*}) with its values, so that it is said in the language of the run where it is printed
 * ({@link #text}). {@link #getMessage} is the bokmål text, for a log. Never a parser's own words: a
 * hostile file must not choose what is printed, and PDFBox speaks English.
 */
public class PdfProblem extends IOException {

    private final String key;
    private final Object[] namesAndValues;

    PdfProblem(String key, Object... namesAndValues) {
        this(null, key, namesAndValues);
    }

    PdfProblem(Throwable cause, String key, Object... namesAndValues) {
        super(Texts.of(PdfProblem.class, "nb").get(key, namesAndValues), cause);
        this.key = key;
        this.namesAndValues = namesAndValues.clone();
    }

    /** The same problem thrown again, from here: its own stack trace, the first one as its cause. */
    PdfProblem again() {
        return new PdfProblem(this, key, namesAndValues);
    }

    /** What is wrong with the PDF, in {@code language} ({@code nb}, {@code nn} or {@code en}). */
    public String text(String language) {
        return Texts.of(PdfProblem.class, language).get(key, namesAndValues);
    }

    /**
     * What {@code e}, met while reading a PDF, says in {@code language}: its own text when it is a
     * {@link PdfProblem} (or a {@link ContractSource.NotIntact}, already in the language asked for),
     * otherwise only that the PDF is damaged, never the exception's message.
     */
    public static String text(IOException e, String language) {
        if (e instanceof PdfProblem problem) {
            return problem.text(language);
        }
        if (e instanceof ContractSource.NotIntact) {
            return e.getMessage();
        }
        return new PdfProblem(e, "pdf.damaged").text(language);
    }

    /** {@code e} as a problem of the PDF: itself when it is one, otherwise that the PDF is damaged. */
    static PdfProblem of(IOException e) {
        return e instanceof PdfProblem problem ? problem : new PdfProblem(e, "pdf.damaged");
    }
}
