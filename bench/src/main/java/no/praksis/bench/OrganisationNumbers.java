package no.praksis.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Nine-digit organisation numbers with a valid modulus 11 check digit (Brønnøysundregistrene's
 * rule, which CONSISTENCY-ORGANISATION-NUMBER checks), distinct within one agreement.
 */
final class OrganisationNumbers {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private final Random random;
    private final Set<String> used = new HashSet<>();

    OrganisationNumbers(Random random, String... taken) {
        this.random = random;
        used.addAll(Set.of(taken));
    }

    /** A valid number not given before. */
    String next() {
        while (true) {
            String base = "9" + String.format("%07d", random.nextInt(10_000_000));
            int check = checkDigit(base);
            if (check < 10 && used.add(base + check)) {
                return base + check;
            }
        }
    }

    /** The check digit of the first eight digits; 10 when no digit is valid (such bases are not issued). */
    static int checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
