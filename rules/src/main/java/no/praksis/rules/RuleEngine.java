package no.praksis.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.JudgementDate;

/**
 * Runs the rule base. The rules are compiled to the Drools executable model at build time; this
 * class loads the generated model classes directly (no DRL is parsed or compiled at run time),
 * builds one {@link KieBase} per JVM and uses a fresh session for each agreement, so it is safe to
 * call from many threads.
 */
public final class RuleEngine {

    /** Lists the generated model classes; written by kie-maven-plugin. */
    private static final String MODEL_INDEX = "/META-INF/kie/no.praksis/praksis-rules/drools-model";

    private static final class Holder {
        static final KieBase KIE_BASE = build();

        static {
            no.praksis.schema.Startup.mark("KieBase built");
        }
    }

    private RuleEngine() {
    }

    /** Loads the rule base now rather than on the first agreement. */
    public static void warmUp() {
        Holder.KIE_BASE.getKiePackages();
    }

    /**
     * Runs every rule over {@code agreement}, judged on {@code judgementDate} (a {@link JudgementDate}
     * fact), and returns what they report.
     */
    public static List<RuleHit> run(Agreement agreement, LocalDate judgementDate) {
        Hits hits = new Hits();
        fire(Holder.KIE_BASE, hits, hits::firing, AgreementFacts.of(agreement), judgementDate);
        // A rule that joins several facts may report the same place more than once.
        return hits.list().stream().distinct().toList();
    }

    /**
     * Runs the rules of {@code kieBase} over {@code facts} and the judgement date in a fresh session,
     * with {@code hits} as the global the consequences report into, telling {@code firing} the name
     * of each DRL rule before its consequence runs. A listener rather than kcontext in each
     * consequence: the DRL then says only where and what, and the executable model needs nothing
     * beyond the public session API.
     */
    public static void fire(KieBase kieBase, Object hits, Consumer<String> firing, Collection<?> facts,
                            LocalDate judgementDate) {
        KieSession session = POOLS.computeIfAbsent(kieBase, base -> base.newKieSessionsPool(POOL_SIZE)).newKieSession();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firing.accept(event.getMatch().getRule().getName());
            }
        };
        try {
            session.setGlobal("hits", hits);
            session.addEventListener(listener);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.insert(new JudgementDate(judgementDate));
            session.fireAllRules();
        } finally {
            session.removeEventListener(listener);
            // A pooled session is reset, its facts gone, and given to the next agreement.
            session.dispose();
        }
    }

    /**
     * Sessions kept for reuse, per rule base: making a session (its node memories, agenda) was a
     * tenth of a warm check, and a bulk run makes one per agreement.
     */
    private static final java.util.Map<KieBase, org.kie.api.runtime.KieSessionsPool> POOLS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Sessions made at first; the pool grows when more threads than that check at once. */
    private static final int POOL_SIZE = 2;

    /** The names of the DRL rules in the rule base, for the tests that tie them to the catalogue. */
    static List<String> drlRuleNames() {
        return Holder.KIE_BASE.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(Rule::getName).sorted().toList();
    }

    private static KieBase build() {
        return kieBase(PACKAGE);
    }

    /** The DRL package of the rules about one agreement; the portfolio's rules have their own. */
    static final String PACKAGE = "no.praksis.rules";

    /**
     * A KieBase of the compiled rules of one DRL package: the executable model has one model class a
     * package, so the agreement's rules and the portfolio's, compiled together, run apart.
     */
    public static KieBase kieBase(String packageName) {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames()) {
            try {
                Model model = (Model) Class.forName(className).getDeclaredConstructor().newInstance();
                if (model.getPackageName().equals(packageName)) {
                    models.add(model);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the compiled rule model " + className, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static List<String> modelClassNames() {
        InputStream in = RuleEngine.class.getResourceAsStream(MODEL_INDEX);
        if (in == null) {
            throw new IllegalStateException("the compiled rule model is missing: " + MODEL_INDEX);
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // The index starts with a "Drools-Model-Version:" header; class names have no colon.
                if (!line.isBlank() && !line.contains(":")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
