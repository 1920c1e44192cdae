package no.praksis.validator.load;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import no.praksis.validator.Detection;
import no.praksis.validator.Position;

/**
 * A file as the loader read it.
 *
 * @param tree       the agreement as a JSON tree, or null when the file could not be parsed at all
 * @param sourceMap  where each node of the tree stands in the file
 * @param lines      the file's text by line, for showing the offending line
 * @param detections what the loader found (a parse failure, duplicate keys, text to quote)
 */
public record LoadedDocument(JsonNode tree, SourceMap sourceMap, List<String> lines, List<Detection> detections) {

    public LoadedDocument {
        lines = List.copyOf(lines);
        detections = List.copyOf(detections);
    }

    /** A file that could not be read or parsed: no tree, one {@code parse} finding. */
    public static LoadedDocument failed(List<String> lines, String variant, Position position,
                                        Map<String, String> args) {
        Detection parse = new Detection("parse", variant, null, position == null ? Position.START : position, args);
        return new LoadedDocument(null, new SourceMap(), lines, List.of(parse));
    }

    /** As {@link #failed(List, String, Position, Map)}, for a file whose text is not at hand. */
    public static LoadedDocument failed(String variant, Map<String, String> args) {
        return failed(List.of(), variant, null, args);
    }

    /** This document with {@code detections} in place of what the loader found. */
    public LoadedDocument withDetections(List<Detection> detections) {
        return new LoadedDocument(tree, sourceMap, lines, detections);
    }

    /** True when the file could be read as a YAML mapping. */
    public boolean parsed() {
        return tree != null;
    }
}
