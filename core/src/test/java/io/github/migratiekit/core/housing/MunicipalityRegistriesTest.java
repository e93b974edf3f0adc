package io.github.migratiekit.core.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MunicipalityRegistriesTest {
    private static MunicipalityRegistry table(int year, long population) {
        return MunicipalityRegistry.of(
                LocalDate.of(year, 1, 1),
                "test " + year,
                List.of(Municipality.of("GM0001", "A", "PV20", "Groningen", population)));
    }

    @Test
    void selectsTheLatestReferenceDateOnOrBeforeTheAnnouncement() {
        MunicipalityRegistries rs =
                MunicipalityRegistries.bundled().with(table(2023, 10)).with(table(2025, 30));
        // 2024-II is announced by 2024-04-01: the 2024 table
        assertThat(rs.forPeriod(TaakstellingPeriod.parse("2024-II")).referenceDate())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        // 2025-I is announced by 2024-10-01: still the 2024 table
        assertThat(rs.forPeriod(TaakstellingPeriod.parse("2025-I")).referenceDate())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        // 2025-II is announced by 2025-04-01: the 2025 table
        assertThat(rs.forPeriod(TaakstellingPeriod.parse("2025-II")).totalPopulation())
                .isEqualTo(30);
        assertThat(rs.with(table(2025, 31))
                        .forPeriod(TaakstellingPeriod.parse("2025-II"))
                        .totalPopulation())
                .isEqualTo(31);
        assertThatThrownBy(() -> rs.forPeriod(TaakstellingPeriod.parse("2022-II")))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("period:");
        assertThatThrownBy(() -> MunicipalityRegistries.of(List.of(table(2023, 1), table(2023, 2))))
                .isInstanceOf(InvalidHousingInputException.class)
                .hasMessageStartingWith("registries[1].referenceDate:");
    }

    @Test
    void aUserTableNamesItsReferenceDateInTheColumn() {
        MunicipalityRegistry r = MunicipalityRegistry.parseCsv(
                "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2025_01_01\nGM0001,A,PV20,Groningen,5\n",
                "user");
        assertThat(r.referenceDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> MunicipalityRegistry.parseCsv(
                        "gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners\nGM0001,A,PV20,Groningen,5\n",
                        "user"))
                .isInstanceOf(InvalidTableRowException.class)
                .hasMessageStartingWith("population[row 0].inwoners:");
    }
}
