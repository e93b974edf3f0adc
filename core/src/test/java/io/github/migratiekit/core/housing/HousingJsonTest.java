package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.housing.testing.HousingGenerators;
import io.github.migratiekit.core.json.InvalidJsonException;
import io.github.migratiekit.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousingJsonTest {

    private static <T> void roundTrips(T value, Class<T> type) {
        assertThat(Json.read(Json.write(value), type)).isEqualTo(value);
    }

    @Test
    void allocationsRoundTrip() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 100))
                .forAll(
                        HousingGenerators.registries(1, 12, 100_000),
                        HousingGenerators.periods(),
                        HousingGenerators.totals(5000),
                        HousingGenerators.methods())
                .checkAssert((r, p, total, m) -> {
                    roundTrips(Taakstelling.allocate(p, total, r, m), TaakstellingAllocation.class);
                    roundTrips(Spreiding.allocate(total, r, ProsperityCorrection.none()), SpreidingAllocation.class);
                    r.municipalities().forEach(x -> roundTrips(x, Municipality.class));
                    List<WeightedKey> items = new java.util.ArrayList<>();
                    r.municipalities().forEach(x -> items.add(WeightedKey.of(x.code(), x.population())));
                    if (r.totalPopulation() > 0) {
                        roundTrips(Apportioner.apportion(total, items, m), Apportionment.class);
                    }
                });
    }

    @Test
    void ledgerValuesRoundTrip() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(HousingGenerators.ledgerHistories(6, 1000))
                .checkAssert(entries -> {
                    List<LedgerLine> lines = TaakstellingLedger.run(0, entries);
                    lines.forEach(l -> roundTrips(l, LedgerLine.class));
                    entries.forEach(e -> roundTrips(e, LedgerEntry.class));
                    InterventionLadder.illustrative().climb(lines).forEach(s -> roundTrips(s, LadderStep.class));
                    roundTrips(InterventionLadder.illustrative(), InterventionLadder.class);
                });
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 200))
                .forAll(HousingGenerators.realisations(1000))
                .checkAssert(x -> roundTrips(x, Realisation.class));
    }

    @Test
    void periodJsonFormAndBadJson() {
        assertThat(Json.write(TaakstellingPeriod.parse("2025-II"))).isEqualTo("{\"half\":\"2025-H2\"}");
        assertThatThrownBy(
                        () -> Json.read("{\"code\":\"GM0363\",\"openingPosition\":0,\"housed\":-1}", Realisation.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("housed");
    }
}
