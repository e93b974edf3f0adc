package org.example.modular;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.statistics.analysis.GrantRateDefinition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Migratiekit used from a named module: the module graph, the exported API, reflection for JSON, bundled data. */
class ModulePathTest {

    @Test
    void theLibrariesAreNamedModulesAndThisCodeRunsInOne() {
        assertThat(CaseDesk.class.getModule().getName()).isEqualTo("org.example.modular");
        assertThat(Deadline.class.getModule().getName()).isEqualTo("io.github.migratiekit.core");
        assertThat(Deadline.class.getModule().getDescriptor().isAutomatic()).isFalse();
    }

    @Test
    void theInternalCsvPackageIsNotExportedToUsers() {
        Module core = Deadline.class.getModule();
        assertThat(core.getPackages()).contains("io.github.migratiekit.core.csv");
        assertThat(core.isExported("io.github.migratiekit.core.csv")).isFalse();
        assertThat(core.isExported("io.github.migratiekit.core.csv", CaseDesk.class.getModule()))
                .isFalse();
        assertThat(core.isExported("io.github.migratiekit.core.time")).isTrue();
    }

    @Test
    void theRequestTypeHasNoSupertypeOutsideTheApi() {
        assertThat(DeadlineRequest.class.getSuperclass()).isEqualTo(Object.class);
        assertThat(java.lang.reflect.Modifier.isFinal(DeadlineRequest.class.getModifiers()))
                .isTrue();
    }

    @Test
    void anAsylumDecisionPeriodWithItsPolicyExtension() {
        // Vw 2000 art. 42(1): six months; WBV 2023/3 adds nine months for applications lodged in 2023
        Deadline d = CaseDesk.asylumDecision(LocalDate.of(2023, 5, 31));
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 8, 30));
    }

    @Test
    void aTransferPeriodDoesNotRollOffASaturday() {
        // Dublin III art. 29(1) and art. 42: 2025-08-31 + 6 months = 2026-02-28, a Saturday, no roll
        Deadline d = CaseDesk.transferPeriod(LocalDate.of(2025, 8, 31));
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void jsonRoundTripsThroughTheOpenedPackages() {
        Deadline d = CaseDesk.transferPeriod(LocalDate.of(2025, 8, 31));
        assertThat(CaseDesk.readDeadline(CaseDesk.json(d))).isEqualTo(d);
    }

    @Test
    void theShortStayRuleAndTheBundledDatasetsWorkOnTheModulePath() {
        // Swiss SEM example 6: 164 days used in the 180 days ending 2014-03-01
        assertThat(CaseDesk.control(
                                List.of(
                                        new LocalDate[] {LocalDate.of(2013, 6, 28), LocalDate.of(2013, 8, 9)},
                                        new LocalDate[] {LocalDate.of(2013, 9, 19), LocalDate.of(2014, 3, 1)}),
                                LocalDate.of(2014, 3, 1))
                        .daysUsed())
                .isEqualTo(164);
        // Staat van Migratie 2024, fig. 66: national grant rate 2023, 54.3 %
        assertThat(CaseDesk.grantRate(2023, GrantRateDefinition.NATIONAL).rate().rounded(1))
                .isEqualByComparingTo("54.3");
    }
}
