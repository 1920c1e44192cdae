package no.praksis.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The agreements tests start from. */
public final class TestAgreements {

    private TestAgreements() {
    }

    /** The complete, valid example agreement (the format's example), as text. */
    public static String complete() {
        try (InputStream in = TestAgreements.class.getResourceAsStream("/agreements/complete.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The complete example as another agreement, of id {@code id}: a second file in a run, which must
     * not be a copy of the first (the same id and version in two files is an error).
     */
    public static String complete(String id) {
        String complete = complete();
        String original = "id: oslomet-baerum-helse-2026\n";
        if (!complete.startsWith(original) && !complete.contains("\n" + original)) {
            throw new IllegalStateException("the complete example's id is no longer " + original.strip());
        }
        return complete.replaceFirst("(?m)^id: oslomet-baerum-helse-2026$", "id: " + id);
    }
}
