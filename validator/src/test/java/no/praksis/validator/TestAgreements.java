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
}
