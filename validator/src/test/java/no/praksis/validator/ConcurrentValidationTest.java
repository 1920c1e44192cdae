package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The library API is safe from many threads: one shared {@link Validator} (one schema, one rule
 * catalogue, one KieBase), a rule session per call. Several hundred agreements, validated from 8
 * threads at once, give exactly the reports of a sequential run.
 */
class ConcurrentValidationTest {

    private static final int AGREEMENTS = 400;
    private static final int THREADS = 8;

    private static final String complete = TestAgreements.complete();

    /** Ways to vary the example: valid ones, and ones broken at each stage of the pipeline. */
    private static final List<UnaryOperator<String>> VARIATIONS = List.of(
            text -> text,
            // a rule finding (an organisation number with a wrong check digit)
            text -> text.replace("    organisationNumber: \"997058925\"", "    organisationNumber: \"997058924\""),
            // a warning (the agreement runs for less time than recommended)
            text -> text.replace("  effectiveTo: 2029-07-31", "  effectiveTo: 2026-12-31"),
            // a syntax error: nothing past the loader
            text -> text.replace("  noticeMonths: 6\n", "    noticeMonths: 6\n"),
            // YAML 1.1 trap, reported by the loader, and the rules still run
            text -> text.replace("      municipalityNumber: \"3201\"", "      municipalityNumber: 3201"),
            // a schema finding: structural, the rules judge the rest beside it
            text -> text.replace("  reviewCycle: annual", "  reviewCycle: annual\n  reviewCycel: annual"),
            // a placeholder from praksis init
            text -> text.replaceFirst("(?m)^title: .*$", "title: \"<<FYLL INN: avtalens tittel>>\""),
            // a site reference to nowhere
            text -> text.replace("      site: bolig-og-omsorg-vest\n", "      site: bolig-og-omsorg-nord\n"),
            // not an agreement at all
            text -> "- " + text.substring(0, 40) + "\n");

    private static List<byte[]> agreements() {
        List<byte[]> agreements = new ArrayList<>();
        for (int i = 0; i < AGREEMENTS; i++) {
            String text = complete.replace("id: oslomet-baerum-helse-2026", "id: avtale-" + i);
            text = VARIATIONS.get(i % VARIATIONS.size()).apply(text);
            agreements.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return agreements;
    }

    @Test
    void eightThreadsGiveExactlyTheReportsOfASequentialRun() throws Exception {
        Validator validator = Validator.builder().asOf(LocalDate.of(2026, 9, 1)).build();
        List<byte[]> agreements = agreements();

        List<FileReport> sequential = new ArrayList<>();
        for (int i = 0; i < agreements.size(); i++) {
            sequential.add(validator.validate("avtale-" + i + ".yaml", agreements.get(i)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<FileReport> concurrent = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<FileReport>> futures = new ArrayList<>();
            // Last first, so that no thread works in the order of the sequential run.
            for (int i = agreements.size() - 1; i >= 0; i--) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return validator.validate("avtale-" + index + ".yaml", agreements.get(index));
                }));
            }
            start.countDown();
            for (int i = futures.size() - 1; i >= 0; i--) {
                concurrent.add(futures.get(i).get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(concurrent).hasSize(AGREEMENTS);
        for (int i = 0; i < AGREEMENTS; i++) {
            assertThat(concurrent.get(i)).as("agreement %d", i).isEqualTo(sequential.get(i));
        }
        // The variations reach every stage of the pipeline, so that the comparison means something.
        assertThat(sequential).filteredOn(r -> !r.parsed()).hasSizeGreaterThan(AGREEMENTS / VARIATIONS.size());
        assertThat(sequential).filteredOn(FileReport::valid).isNotEmpty();
        assertThat(sequential.stream().flatMap(r -> r.findings().stream()).map(Finding::ruleId).distinct())
                .contains("parse", "YAML-QUOTE-TEXT", "SCHEMA-UNKNOWN-KEY", "PLACEHOLDER",
                        "CONSISTENCY-ORGANISATION-NUMBER", "CONSISTENCY-SITE-REFERENCE");
        assertThat(sequential).extracting(FileReport::agreementId).contains("avtale-0", "avtale-398");
    }
}
