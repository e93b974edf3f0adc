package io.github.migratiekit.core.identity.testing;

import io.github.migratiekit.core.identity.Bsn;
import io.github.migratiekit.core.identity.VNumber;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for identifiers. The BSN generator computes the check digit with its own eleven-test, an
 * oracle independent of {@link Bsn}.
 */
public final class IdentityGenerators {
    private IdentityGenerators() {}

    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

    /**
     * The eleven-test written out from its definition: the weighted digit sum with weights 9..2 and −1 is a multiple
     * of 11.
     *
     * @param nine nine digits
     * @return true if it passes
     */
    public static boolean elevenTest(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * Character.digit(nine.charAt(i), 10);
        }
        return sum % 11 == 0;
    }

    /**
     * Nine-digit strings that pass the eleven-test (never 000000000).
     *
     * @return the generator
     */
    public static Gen<String> validBsnTexts() {
        return Generate.range(1, 99_999_999)
                .map(first8 -> {
                    String prefix = String.format("%08d", first8);
                    int sum = 0;
                    for (int i = 0; i < 8; i++) {
                        sum += WEIGHTS[i] * (prefix.charAt(i) - '0');
                    }
                    int check = sum % 11; // sum - check must be divisible by 11
                    return check == 10 ? null : prefix + check;
                })
                .assuming(s -> s != null)
                .map(s -> s);
    }

    /**
     * Valid BSNs.
     *
     * @return the generator
     */
    public static Gen<Bsn> bsns() {
        return validBsnTexts().map(Bsn::parse);
    }

    /**
     * Valid V-number texts: ten digits, not all zero.
     *
     * @return the generator
     */
    public static Gen<String> validVNumberTexts() {
        return Generate.longRange(1, 9_999_999_999L).map(n -> String.format("%010d", n));
    }

    /**
     * Valid V-numbers.
     *
     * @return the generator
     */
    public static Gen<VNumber> vNumbers() {
        return validVNumberTexts().map(VNumber::parse);
    }
}
