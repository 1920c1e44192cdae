package no.praksis.validator.portfolio;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio's report formats, each with its writer and the file name a build gives it: the one
 * place that chooses a portfolio format (as {@link no.praksis.validator.report.ReportFormat} is for
 * agreement reports).
 */
public enum PortfolioFormat {
    TEXT("praksis-portfolio.txt", PortfolioText::write),
    JSON("praksis-portfolio.json", (portfolio, out, language) -> PortfolioJson.write(portfolio, out)),
    CSV("praksis-portfolio.csv", (portfolio, out, language) -> PortfolioCsv.write(portfolio, out)),
    HTML("praksis-portfolio.html", PortfolioHtml::write);

    private interface Writing {
        void write(Portfolio portfolio, Writer out, String language) throws IOException;
    }

    private final String fileName;
    private final Writing writing;

    PortfolioFormat(String fileName, Writing writing) {
        this.fileName = fileName;
        this.writing = writing;
    }

    /** The name on the command line and in the Maven plugin: {@code text}, {@code json}, {@code csv}, {@code html}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    /** The format named {@code label}; an unknown name is an {@link IllegalArgumentException}. */
    public static PortfolioFormat of(String label) {
        for (PortfolioFormat format : values()) {
            if (format.label().equals(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown portfolio format: " + label);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(PortfolioFormat::label).toList();
    }

    /** Writes the report of {@code portfolio} to {@code out}, in {@code language} where it has words. */
    public void write(Portfolio portfolio, Writer out, String language) throws IOException {
        writing.write(portfolio, out, language);
    }
}
