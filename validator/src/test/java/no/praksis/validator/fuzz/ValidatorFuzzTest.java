package no.praksis.validator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import no.praksis.validator.FileReport;
import no.praksis.validator.Validator;
import no.praksis.validator.render.ContractSource;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.render.Renderer.Rendering;

/**
 * Coverage-guided fuzzing of the pipeline in memory: any bytes go through load, schema, bind, rules
 * and resolve, and must come back as a {@link FileReport}. Any exception or error fails the test, and
 * so does the finding that reports one (parse, variant internal).
 *
 * <p>In {@code ./mvnw verify} this replays the seeds in {@code ValidatorFuzzTestInputs/<test>/} (test
 * resources) as regression tests, and then fuzzes each target for a bounded time (the surefire
 * executions {@code fuzz-validate} and {@code fuzz-render}). To fuzz one for longer, see
 * docs/security.md: {@code ./mvnw -pl validator test-compile surefire:test@fuzz-render
 * -Dpraksis.fuzz.duration=8h}.
 */
class ValidatorFuzzTest {

    /** Shared, as the library is meant to be used; a fixed judgement date keeps runs reproducible. */
    private static final Validator VALIDATOR = Validator.builder().asOf(LocalDate.of(2026, 9, 1)).build();

    private static final Renderer RENDERER = new Renderer(VALIDATOR);

    /**
     * Replaying the seeds needs none of Jazzer's instrumentation: without it the regression run
     * takes well under a second rather than five. Fuzzing ({@code JAZZER_FUZZ} set) keeps it.
     */
    @BeforeAll
    static void noInstrumentationForTheRegressionRun() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if ((fuzz == null || fuzz.isEmpty()) && System.getProperty("jazzer.hooks") == null) {
            System.setProperty("jazzer.hooks", "false");
        }
    }

    @FuzzTest(maxDuration = "20s")
    void validateNeverThrows(byte[] content) {
        assertReported(VALIDATOR.validate("fuzz.yaml", content));
    }

    /**
     * The whole way: validation, then the contract, as a final contract when the agreement has no
     * error and as a marked draft when it has, and the agreement's text read back out of the PDF.
     * Rendering takes some milliseconds where validation takes microseconds, so this target finds its
     * way through the loader more slowly; {@link #validateNeverThrows} is the one for that.
     */
    @FuzzTest(maxDuration = "20s")
    void renderNeverThrows(byte[] content) throws IOException {
        Rendering rendering = RENDERER.render("fuzz.yaml", content, false);
        assertReported(rendering.report());
        if (rendering.refused()) {
            rendering = RENDERER.render("fuzz.yaml", content, true);
            assertReported(rendering.report());
        }
        if (!rendering.refused()) {
            assertThat(new String(rendering.pdf(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
            assertThat(ContractSource.extract(rendering.pdf())).hasValueSatisfying(
                    source -> assertThat(source.content()).isEqualTo(content));
        }
    }

    private static void assertReported(FileReport report) {
        assertThat(report).isNotNull();
        assertThat(report.path()).isEqualTo("fuzz.yaml");
        // A file that could not be parsed says why: never a silent pass.
        if (!report.parsed()) {
            assertThat(report.findings()).isNotEmpty();
        }
        // A defect of the tool is reported as the file's finding rather than thrown (Validator.check),
        // and is as much a failure here as an exception.
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("parse") && f.message().contains("intern feil"));
    }
}
