package no.praksis.validator.diff;

import tools.jackson.databind.JsonNode;

import no.praksis.schema.LocalizedText;

/**
 * One change between two versions of an agreement: one value added, removed or changed.
 *
 * @param pointer    where the change is: in the new version, or in the old one for a removal
 * @param oldPointer where the value stood in the old version (a moved list entry keeps its identity),
 *                   or null for an addition
 * @param section    the top-level section of the format it is in, by its title in each language
 * @param oldValue   the value before, or null for an addition
 * @param newValue   the value after, or null for a removal
 * @param material   true when it alters what a party has undertaken, so that the parties must sign again
 * @param line       the line of {@code pointer} in its version
 */
public record Change(String pointer, String oldPointer, Kind kind, LocalizedText section, JsonNode oldValue,
                     JsonNode newValue, boolean material, int line) {

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        /** The word the interface uses: {@code added}, {@code removed}, {@code changed}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
