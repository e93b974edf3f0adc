package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.housing.testing.HousingGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class TaakstellingLedgerTest {
    private static final TaakstellingPeriod P2023_I = TaakstellingPeriod.parse("2023-I");

    @Test
    void nationalSecondHalfOf2023() {
        // Staat van Migratie 2024 fig. 118 (L3082-L3088): start 5 134, taakstelling 17 600, realised 16 381;
        // the backlog at the end of 2023 is 6 353 (L3068)
        LedgerLine l = TaakstellingLedger.line(TaakstellingPeriod.parse("2023-II"), 5134, 17_600, 16_381);
        assertThat(l.correctedTask()).isEqualTo(22_734);
        assertThat(l.closingPosition()).isEqualTo(6353);
        assertThat(l.metCorrectedTask()).isFalse();
        assertThat(TaakstellingLedger.explain(l).toString()).contains("backlog (achterstand) of 6353");
    }

    @Test
    void firstHalfOf2017() {
        // Opnieuw Thuis via legal-rules.md D.7: 2017-I task 13 000 plus a backlog of 6 082, about 19 000 to house,
        // about 3 180 a month
        LedgerLine l = TaakstellingLedger.line(TaakstellingPeriod.parse("2017-I"), 6082, 13_000, 0);
        assertThat(l.correctedTask()).isEqualTo(19_082);
        assertThat(Math.round(l.correctedTask() / 6.0)).isEqualTo(3180);
    }

    record Fig119(String province, long start, long t1, long h1, long t2, long h2, long end) {}

    // Staat van Migratie 2024 fig. 119 (L3092-L3110), positive = backlog, negative = lead
    private static final List<Fig119> FIG_119 = List.of(
            new Fig119("Drenthe", -50, 601, 444, 499, 491, 115),
            new Fig119("Flevoland", -75, 523, 277, 434, 436, 169),
            new Fig119("Friesland", -28, 790, 462, 656, 578, 378),
            new Fig119("Gelderland", -328, 2548, 1713, 2116, 1846, 782),
            new Fig119("Groningen", 116, 711, 494, 590, 651, 272),
            new Fig119("Limburg", 89, 1350, 988, 1124, 997, 578),
            new Fig119("Noord-Brabant", -327, 3127, 2270, 2596, 2472, 654),
            new Fig119("Noord-Holland", 63, 3500, 2229, 2904, 2608, 1631),
            new Fig119("Overijssel", -70, 1413, 1034, 1174, 1046, 438),
            new Fig119("Utrecht", -147, 1651, 1095, 1372, 1208, 573),
            new Fig119("Zeeland", -73, 469, 292, 389, 381, 112),
            new Fig119("Zuid-Holland", -922, 4517, 2999, 3746, 3667, 651));

    @Test
    void provincesOver2023ChainExceptWhereThePublicationCorrectedLater() {
        // seed-001b I6: the row ledger is exact for eight provinces; the printed end position differs from the chain
        // by Gelderland +5, Noord-Holland +1, Overijssel +1, Zuid-Holland -24 (later corrections, unexplained)
        java.util.Map<String, Long> knownDeviation =
                java.util.Map.of("Gelderland", 5L, "Noord-Holland", 1L, "Overijssel", 1L, "Zuid-Holland", -24L);
        long nationalEnd = 0;
        for (Fig119 f : FIG_119) {
            List<LedgerLine> lines = TaakstellingLedger.run(
                    f.start(),
                    List.of(LedgerEntry.of(P2023_I, f.t1(), f.h1()), LedgerEntry.of(P2023_I.next(), f.t2(), f.h2())));
            long chained = lines.get(1).closingPosition();
            assertThat(f.end() - chained).as(f.province()).isEqualTo(knownDeviation.getOrDefault(f.province(), 0L));
            assertThat(lines.get(1).openingPosition()).isEqualTo(lines.get(0).closingPosition());
            nationalEnd += chained;
        }
        // seed-001b: the chained national end is 6 370 against the printed 6 353
        assertThat(nationalEnd).isEqualTo(6370);
    }

    @Test
    void positionsCarryOverAndAddUp() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.ledgerHistories(8, 5000), Generate.longRange(-5000, 5000))
                .checkAssert((entries, opening) -> {
                    List<LedgerLine> lines = TaakstellingLedger.run(opening, entries);
                    long position = opening;
                    long tasks = 0;
                    long housed = 0;
                    for (LedgerLine l : lines) {
                        assertThat(l.openingPosition()).isEqualTo(position);
                        assertThat(l.correctedTask()).isEqualTo(l.task() + l.openingPosition());
                        position = l.closingPosition();
                        tasks += l.task();
                        housed += l.housed();
                    }
                    // telescoping: the end position is the opening plus all tasks minus all housed
                    assertThat(position).isEqualTo(opening + tasks - housed);
                });
    }

    @Test
    void periodsMustBeConsecutive() {
        assertThatThrownBy(() -> TaakstellingLedger.run(
                        0,
                        List.of(
                                LedgerEntry.of(P2023_I, 10, 5),
                                LedgerEntry.of(TaakstellingPeriod.parse("2024-I"), 10, 5))))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("entries[1].period:");
    }

    @Test
    void percentageIsEmptyWhenALeadCoversTheTask() {
        LedgerLine l = TaakstellingLedger.line(P2023_I, -30, 20, 0);
        assertThat(l.correctedTask()).isEqualTo(-10);
        assertThat(l.percentage()).isEmpty();
        assertThat(l.metCorrectedTask()).isTrue();
        assertThat(l.metPeriodShare()).isFalse();
    }
}
