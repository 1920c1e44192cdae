package no.praksis.validator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import no.praksis.validator.FileReport;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.Validator;
import no.praksis.validator.render.ContractSource;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.render.Renderer.Rendering;

/**
 * Coverage-guided fuzzing in memory: any bytes go through load, schema, bind, rules and resolve,
 * and must come back as a {@link FileReport}; any bytes as a contract go through extract and verify.
 * Any exception or error that is not documented fails the test, and so does the finding that
 * reports one (parse, variant internal).
 *
 * <p>In {@code ./mvnw verify} this replays the seeds in {@code ValidatorFuzzTestInputs/<test>/} (test
 * resources) as regression tests, and then fuzzes each target for a bounded time (the surefire
 * executions {@code fuzz-validate}, {@code fuzz-render} and {@code fuzz-extract}). To fuzz one for longer, see
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
            assertThat(ContractSource.extract(rendering.pdf(), "nb")).hasValueSatisfying(
                    source -> assertThat(source.content()).isEqualTo(content));
        }
    }

    /** The agreement a contract is compared with, as {@code praksis verify CONTRACT.pdf AGREEMENT.yaml} does. */
    private static final byte[] AGREEMENT = TestAgreements.complete().getBytes(StandardCharsets.UTF_8);

    /**
     * Any bytes as a contract: {@code extract} and {@code verify} give an answer or throw the
     * {@link IOException} they document (the file is no PDF, or a part of it is refused), and
     * nothing else: no runtime exception, no {@code OutOfMemoryError} in the fuzzing JVM's heap, no
     * source beyond the limit. What extract gives, verify finds intact as far as extract looks.
     */
    @FuzzTest(maxDuration = "20s")
    void extractNeverThrows(byte[] pdf) {
        Optional<ContractSource.Source> extracted;
        try {
            extracted = ContractSource.extract(pdf, "nb");
            extracted.ifPresent(source -> assertThat(source.content().length).isLessThanOrEqualTo(ContractSource.MAX_SOURCE_BYTES));
        } catch (IOException e) {
            assertThat(e.getMessage()).as("says what is wrong").isNotBlank();
            extracted = null;
        }
        try {
            ContractSource.Verification verification = ContractSource.verify(pdf, "avtale.yaml", AGREEMENT, "nb");
            assertThat(verification.checks()).isNotEmpty().allSatisfy(check -> assertThat(check.text()).isNotBlank());
            if (extracted != null && extracted.isPresent()) {
                // The recorded sum and UTF-8, which extract checked, hold for verify too.
                assertThat(verification.checks().get(0).holds()).isTrue();
                assertThat(verification.checks()).filteredOn(c -> c.text().contains("UTF-8")).allMatch(c -> c.holds());
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).as("says what is wrong").isNotBlank();
        }
    }

    /** How the message of a defect of the tool begins (rule parse, variant internal, in bokmål). */
    private static final String INTERNAL = "Filen kunne ikke kontrolleres på grunn av en intern feil i praksis (";

    private static void assertReported(FileReport report) {
        assertThat(report).isNotNull();
        assertThat(report.path()).isEqualTo("fuzz.yaml");
        // A file that could not be parsed says why: never a silent pass.
        if (!report.parsed()) {
            assertThat(report.findings()).isNotEmpty();
        }
        // A defect of the tool is reported as the file's finding rather than thrown (Validator.check),
        // and is as much a failure here as an exception. Known by how its message begins: other parse
        // findings quote the file, and the fuzzer, which learns the strings this test compares with,
        // wrote "intern feil" into one (a missing space after a colon, quoted in its message).
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("parse") && f.message().startsWith(INTERNAL));
    }
}
