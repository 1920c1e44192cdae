package no.praksis.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snakeyaml.engine.v2.nodes.Node;

import no.praksis.rules.RuleEngine;
import no.praksis.rules.RuleHit;
import no.praksis.rules.Severity;
import no.praksis.rules.model.Agreement;
import no.praksis.validator.Detection;
import no.praksis.validator.FileReport;
import no.praksis.validator.Validator;
import no.praksis.validator.bind.AgreementBinder;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.LoadedDocument;
import no.praksis.validator.render.Renderer;
import no.praksis.validator.report.ReportFormat;
import no.praksis.validator.schema.SchemaCheck;

/**
 * The steady-state cost of each step of the pipeline for one agreement, over the library API as the
 * command line uses it: the YAML parse as the floor, then load (the validator's own reading into its
 * location-aware tree), schema, bind, rules, the whole check, its JSON report, and the contract
 * rendered from the bytes as {@code praksis render} does it. Each step gets the previous step's
 * output, made once in setup. The agreement is generated: {@code small} is the example's size,
 * {@code large} five municipalities and sixty sites. The JSON report is of the same agreement with one
 * error put in ({@link Defect#UNKNOWN_SITE}), so that it has a finding to write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Duser.language=nb", "-Duser.country=NO", "-Dfile.encoding=UTF-8"})
// Eight seconds of warm-up: a small agreement's check settles after some five (4.5 ms, then
// 1.2 ms). The whole check and the render have more of their own, below.
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class PipelineBenchmark {

    /** The judgement date, fixed so that the figures do not move with the calendar. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final String NAME = "agreement.yaml";

    @Param({"small", "large"})
    public String size;

    private Validator validator;
    private Renderer renderer;
    private SchemaCheck schemaCheck;
    private ParseFloor floor;
    private byte[] bytes;
    private LoadedDocument document;
    private Agreement agreement;
    private FileReport reportWithFinding;

    @Setup
    public void setUp() {
        AgreementShape shape = "small".equals(size) ? AgreementShape.small("bench-small")
                : AgreementShape.large("bench-large");
        AgreementGenerator generator = new AgreementGenerator();
        bytes = generator.generate(shape, 17).getBytes(StandardCharsets.UTF_8);
        validator = Validator.builder().asOf(AS_OF).build();
        renderer = new Renderer(validator);
        schemaCheck = SchemaCheck.standard();
        floor = new ParseFloor(LoadLimits.DEFAULT);
        document = validator.load(bytes);
        Validator.Checked checked = validator.check(NAME, bytes);
        agreement = checked.agreement();
        // A benchmark of an agreement with errors would time the wrong path (no render, rules beside).
        if (agreement == null || checked.report().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            throw new IllegalStateException("the generated " + size + " agreement is not valid: "
                    + checked.report().findings());
        }
        AgreementShape broken = new AgreementShape(shape.id(), shape.language(), shape.municipalities(),
                shape.siteGroups(), Defect.UNKNOWN_SITE);
        reportWithFinding = validator.check(NAME, generator.generate(broken, 17)
                .getBytes(StandardCharsets.UTF_8)).report();
    }

    @Benchmark
    public Optional<Node> parseFloor() {
        return floor.compose(bytes);
    }

    @Benchmark
    public LoadedDocument load() {
        return validator.load(bytes);
    }

    @Benchmark
    public List<Detection> schema() {
        return schemaCheck.check(document.tree(), document.sourceMap(), AS_OF);
    }

    // The validator first takes out the values the schema could not read; a valid agreement has none.
    @Benchmark
    public Agreement bind() {
        return AgreementBinder.bind(document.tree());
    }

    @Benchmark
    public List<RuleHit> rules() {
        return RuleEngine.run(agreement, AS_OF);
    }

    // The large agreement's check still got faster through five more seconds after eight of warm-up
    // (10.7 ms, then 6.5): twenty.
    @Benchmark
    @Warmup(iterations = 20, time = 1)
    public FileReport check() {
        return validator.check(NAME, bytes).report();
    }

    @Benchmark
    public String reportJson() {
        return ReportFormat.JSON.format(validator.report(List.of(reportWithFinding)), "nb", Severity.ERROR);
    }

    // A few contracts a second: longer iterations, and a longer warm-up for the PDF libraries' code.
    @Benchmark
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] render() {
        return renderer.render(NAME, bytes, false).pdf();
    }
}
