package no.praksis.validator.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.validator.TestAgreements;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.YamlLoader;
import no.praksis.validator.schema.SchemaCheck;

class AgreementBinderTest {

    private static ObjectNode complete() {
        return (ObjectNode) new YamlLoader(SchemaCheck.standard().navigator(), LoadLimits.DEFAULT)
                .load(TestAgreements.complete().getBytes(StandardCharsets.UTF_8)).tree();
    }

    @Test
    void wholeNumbersAreBoundExactly() {
        ObjectNode tree = complete();
        tree.put("version", 1e3);
        assertThat(AgreementBinder.bind(tree).version()).isEqualTo(1000);
        assertThat(AgreementBinder.bind(complete()).capacity().commitments().get(0).minimumPlacements()).isEqualTo(12);
    }

    @Test
    void aWholeNumberBeyondAnIntIsADefectNeverANarrowerNumber() {
        // The schema bounds every number far within an int; asInt() made 4294967308 into 12, or into 0.
        ObjectNode tree = complete();
        ((ObjectNode) tree.at("/capacity/commitments/0")).put("minimumPlacements", 4_294_967_308L);
        assertThatThrownBy(() -> AgreementBinder.bind(tree)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("4294967308");
        ObjectNode version = complete();
        version.set("version", JsonNodeFactory.instance.numberNode(new BigInteger("99999999999999999999999")));
        assertThatThrownBy(() -> AgreementBinder.bind(version)).isInstanceOf(IllegalStateException.class);
        ObjectNode fraction = complete();
        fraction.put("version", 1.5);
        assertThatThrownBy(() -> AgreementBinder.bind(fraction)).isInstanceOf(IllegalStateException.class);
    }
}
