package no.praksis.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.validator.Texts;
import no.praksis.validator.docs.RuleDocs;

/** {@code praksis explain RULE-ID}: the rule's whole explanation, with a failing and a passing example. */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", descriptionKey = "explain.ruleId")
    String ruleId;

    @CommandLine.Mixin
    MessageLanguage language;

    @Override
    public Integer call() {
        Optional<RuleDefinition> rule = RuleCatalogue.standard().rule(ruleId);
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println(Texts.of(spec.resourceBundle()).get("explain.unknown", "rule", ruleId));
            return 2;
        }
        spec.commandLine().getOut().print(new RuleDocs(List.of(language.code())).page(rule.get()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
