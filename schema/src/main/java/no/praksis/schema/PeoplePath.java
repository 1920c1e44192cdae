package no.praksis.schema;

/**
 * A place in an agreement as message texts show it to people: the keys joined by dots, and list
 * positions in square brackets counted as people count, from 1. {@code /sites/0/programmes} is
 * shown {@code sites[1].programmes}, the first site's programmes. The {@code pointer} of a finding in
 * the JSON and SARIF reports stays an RFC 6901 JSON Pointer, counted from 0; only the words change.
 * Every message that names a place in the agreement renders it here.
 */
public final class PeoplePath {

    private PeoplePath() {
    }

    /** The place {@code pointer} (an RFC 6901 JSON Pointer, "" for the whole agreement) for people. */
    public static String of(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            if (!token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(Integer.parseInt(token) + 1).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }
}
