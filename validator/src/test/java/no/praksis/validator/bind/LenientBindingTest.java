package no.praksis.validator.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.RuleEngine;
import no.praksis.validator.TestAgreements;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.YamlLoader;
import no.praksis.validator.schema.SchemaCheck;

/**
 * The rules judge a file with structural findings too, bound leniently: no part of an agreement,
 * missing or of the wrong kind, makes the binder or a rule fail (the validator would then have to
 * leave the rules' findings out, and a second wave would follow once the file was fixed).
 */
class LenientBindingTest {

    private static JsonNode complete() {
        return new YamlLoader(SchemaCheck.standard().navigator(), LoadLimits.DEFAULT)
                .load(TestAgreements.complete().getBytes(StandardCharsets.UTF_8)).tree();
    }

    private static void places(JsonNode node, String pointer, List<String> into) {
        into.add(pointer);
        if (node.isObject()) {
            node.properties().forEach(e -> places(e.getValue(), pointer + "/" + e.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    @Test
    void everyPartMissingOrOfTheWrongKindIsJudgedWithoutFailure() {
        JsonNode tree = complete();
        List<String> places = new ArrayList<>();
        places(tree, "", places);
        places.remove("");
        List<String> failures = new ArrayList<>();
        for (String place : places) {
            for (JsonNode replacement : List.of(JsonNodeFactory.instance.nullNode(),
                    JsonNodeFactory.instance.stringNode("x"), JsonNodeFactory.instance.arrayNode())) {
                JsonNode changed = tree.deepCopy();
                JsonNode parent = changed.at(place.substring(0, place.lastIndexOf('/')));
                String last = place.substring(place.lastIndexOf('/') + 1);
                if (parent instanceof ObjectNode object) {
                    object.set(last, replacement);
                } else {
                    ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
                }
                try {
                    RuleEngine.run(AgreementBinder.bind(changed), LocalDate.of(2026, 8, 1));
                } catch (RuntimeException e) {
                    failures.add(place + " = " + replacement + ": " + e.getMessage());
                }
            }
            JsonNode removed = UnreadableValues.without(tree, List.of(place));
            try {
                RuleEngine.run(AgreementBinder.bind(removed), LocalDate.of(2026, 8, 1));
            } catch (RuntimeException e) {
                failures.add(place + " taken out: " + e.getMessage());
            }
        }
        assertThat(places).hasSizeGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    @Test
    void takingAValueOutCopiesOnlyThePathToItAndKeepsListPlaces() {
        JsonNode tree = complete();
        JsonNode without = UnreadableValues.without(tree, List.of("/sites/0/name", "/programmes/0", "/nowhere/1"));
        assertThat(without.at("/sites/0").has("name")).isFalse();
        assertThat(tree.at("/sites/0").has("name")).as("the tree itself is not changed").isTrue();
        assertThat(without.at("/programmes/0").isNull()).isTrue();
        assertThat(without.at("/programmes/1")).isEqualTo(tree.at("/programmes/1"));
        assertThat(without.get("competence")).as("what is not on a path is shared").isSameAs(tree.get("competence"));
        assertThat(AgreementBinder.bind(without).programmes()).extracting(p -> p.pointer())
                .as("the entries after it keep their pointers").containsExactly("/programmes/1");
        assertThat(UnreadableValues.without(tree, List.of())).isSameAs(tree);
    }
}
