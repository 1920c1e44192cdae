package no.praksis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import no.praksis.rules.RuleCatalogue;
import no.praksis.rules.RuleDefinition;
import no.praksis.validator.docs.RuleDocs;

/** {@code praksis rules}: lists the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    MessageLanguage language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleDocs docs = new RuleDocs(java.util.List.of(language.code()));
        for (RuleDefinition rule : RuleCatalogue.standard().rules()) {
            out.printf("%-45s %-8s %-40s %s%n", rule.id(), rule.severity().label(), docs.citation(rule),
                    rule.summary().in(language.code()));
        }
        out.flush();
        return 0;
    }
}
