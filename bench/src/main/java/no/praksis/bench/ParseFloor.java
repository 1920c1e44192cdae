package no.praksis.bench;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.YamlLoader;

/**
 * The floor under the validator's cost: SnakeYAML Engine composing the bytes into its node graph
 * with the settings the validator's loader uses ({@link YamlLoader#settings}), and nothing of the
 * validator's own: no limits on events, no
 * location-aware JSON tree, no checks on characters. Whatever a step costs beyond this is the
 * validator's to reduce.
 */
final class ParseFloor {

    private final LoadLimits limits;

    ParseFloor(LoadLimits limits) {
        this.limits = limits;
    }

    Optional<Node> compose(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        LoadSettings settings = YamlLoader.settings(limits, text.length());
        return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    }
}
