package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.housing.testing.HousingGenerators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearHalf;

class TaakstellingPeriodTest {

    @Test
    void derivedCycleOfTheIntroductiedossierRule() {
        // Introductiedossier Migratie §4.5 (L1265-L1270), corrected values from seed-003 §5.1 I-3
        TaakstellingPeriod p = TaakstellingPeriod.parse("2021-I");
        assertThat(p.announcementDeadline()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(p.permitWindow().getStart()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(p.permitWindow().getEndInclusive()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(p.housingPeriod().getStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.housingPeriod().getEndInclusive()).isEqualTo(LocalDate.of(2021, 6, 30));

        TaakstellingPeriod q = TaakstellingPeriod.parse("2021-II");
        assertThat(q.announcementDeadline()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(q.permitWindow().getEndInclusive()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(q.housingPeriod().getEndInclusive()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void thePrintedCycleTableIsNotReproducedBecauseItContradictsItsOwnRule() {
        // Introductiedossier L1274-L1279 prints "2022-I: vaststelling 1 oktober 2021, vergunningverlening oktober
        // 2020 - maart 2021, huisvesting januari 2021 - juni 2021": the periods are a year early for the label.
        TaakstellingPeriod p = TaakstellingPeriod.parse("2022-I");
        assertThat(p.announcementDeadline()).isEqualTo(LocalDate.of(2021, 10, 1)); // label and date agree
        assertThat(p.housingPeriod().getStart()).isNotEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.permitWindow().getStart()).isNotEqualTo(LocalDate.of(2020, 10, 1));
        // printed "april 2021 - oktober 2021" for 2022-II reads as seven months; the rule gives six
        TaakstellingPeriod q = TaakstellingPeriod.parse("2022-II");
        assertThat(q.permitWindow().lengthInDays())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 10, 1)));
    }

    @Test
    void parsesEveryLabelForm() {
        assertThat(TaakstellingPeriod.parse("2025-II")).isEqualTo(TaakstellingPeriod.of(YearHalf.of(2025, 2)));
        assertThat(TaakstellingPeriod.parse("2025-h2")).isEqualTo(TaakstellingPeriod.of(2025, 2));
        assertThat(TaakstellingPeriod.parse(" 2025 - I ")).isEqualTo(TaakstellingPeriod.of(2025, 1));
        assertThat(TaakstellingPeriod.parse("2025-II").label()).isEqualTo("2025-II");
    }

    @Test
    void badLabelsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> TaakstellingPeriod.parse("2025-III"))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("period:");
        assertThatThrownBy(() -> TaakstellingPeriod.of(2025, 3)).isInstanceOf(InvalidHousingInputException.class);
    }

    @Test
    void periodsTileTheCalendar() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(HousingGenerators.periods())
                .checkAssert(p -> {
                    assertThat(p.next().start())
                            .isEqualTo(p.housingPeriod().getEndInclusive().plusDays(1));
                    assertThat(p.next().previous()).isEqualTo(p);
                    assertThat(p.permitWindow().getStart()).isEqualTo(p.announcementDeadline());
                    assertThat(p.permitWindow().getEndInclusive())
                            .isEqualTo(p.next().announcementDeadline().minusDays(1));
                    assertThat(TaakstellingPeriod.parse(p.label())).isEqualTo(p);
                });
    }
}
