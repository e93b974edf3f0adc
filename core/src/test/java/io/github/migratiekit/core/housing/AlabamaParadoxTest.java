package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.housing.testing.BruteForceApportionment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hamilton is not house-monotone: a larger total can give a municipality less (the Alabama paradox of 1880). We do
 * not assert the false property; we search for a counterexample and check it with the naive oracle.
 */
class AlabamaParadoxTest {

    record Paradox(List<WeightedKey> items, long total, String loser) {}

    static Optional<Paradox> search() {
        // exhaustive over three weights up to 12 and totals up to 15: small enough to read
        for (long a = 1; a <= 12; a++) {
            for (long b = 1; b <= a; b++) {
                for (long c = 1; c <= b; c++) {
                    List<WeightedKey> items = List.of(
                            WeightedKey.of("GM0001", a), WeightedKey.of("GM0002", b), WeightedKey.of("GM0003", c));
                    for (long total = 1; total <= 15; total++) {
                        Map<String, Long> before =
                                Apportioner.apportion(total, items).allocatedByKey();
                        Map<String, Long> after =
                                Apportioner.apportion(total + 1, items).allocatedByKey();
                        for (WeightedKey k : items) {
                            if (after.get(k.key()) < before.get(k.key())) {
                                return Optional.of(new Paradox(items, total, k.key()));
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void hamiltonShowsTheAlabamaParadoxOnAFoundExample() {
        Paradox p = search().orElseThrow(() -> new AssertionError("no Alabama paradox found in the search space"));
        Map<String, Long> before = BruteForceApportionment.hamilton(p.total(), p.items());
        Map<String, Long> after = BruteForceApportionment.hamilton(p.total() + 1, p.items());
        // the oracle confirms: one more unit in total, one fewer for the loser
        assertThat(after.get(p.loser())).isLessThan(before.get(p.loser()));
        // and D'Hondt and Sainte-Lague on the same example do not take anything away
        for (StandardApportionmentMethod m :
                List.of(StandardApportionmentMethod.DHONDT, StandardApportionmentMethod.SAINTE_LAGUE)) {
            Map<String, Long> b = Apportioner.apportion(p.total(), p.items(), m).allocatedByKey();
            Map<String, Long> a =
                    Apportioner.apportion(p.total() + 1, p.items(), m).allocatedByKey();
            b.forEach((k, v) -> assertThat(a.get(k)).isGreaterThanOrEqualTo(v));
        }
        // the search finds the textbook case: weights 3, 3, 1; total 3 gives 1, 1, 1; total 4 gives 2, 2, 0
        assertThat(p.items()).extracting(WeightedKey::weight).containsExactly(3L, 3L, 1L);
        assertThat(p.total()).isEqualTo(3);
    }
}
