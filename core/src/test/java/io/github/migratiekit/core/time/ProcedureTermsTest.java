package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureTermsTest {
    private final ProcedureTerms terms = ProcedureTerms.standard();

    private Deadline deadline(String procedure, LocalDate start) {
        return terms.deadline(procedure, start, List.of(), List.of());
    }

    @Test
    void asylumSixMonths() {
        // ECLI:NL:RBDHA:2025:2500: application 10 Apr 2024 → decision due 10 Oct 2024 (WBV 2023/26 held invalid)
        assertThat(deadline("asylum", LocalDate.of(2024, 4, 10)).deadline()).isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    void asylumLodgedIn2023HasFifteenMonths() {
        // WBV 2023/3: applications lodged in 2023, 6 + 9 months; Atw art. 4(a): no roll, so a 25 December end stays
        Deadline d = deadline("asylum", LocalDate.of(2023, 9, 25));
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 12, 25));
        assertThat(d.explanation().steps()).anySatisfy(s -> assertThat(s.text()).contains("WBV 2023/3"));
        assertThat(deadline("asylum", LocalDate.of(2023, 1, 1)).deadline()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(deadline("asylum", LocalDate.of(2024, 1, 1)).deadline()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void asylumLodgedFrom27September2022HasTheWbv202222Extension() {
        assertThat(deadline("asylum", LocalDate.of(2022, 9, 27)).deadline()).isEqualTo(LocalDate.of(2023, 12, 27));
        // ECLI:NL:RBDHA:2023:14401: lodged 2022-10-07, term extended by WBV 2022/22, ends 2024-01-07
        assertThat(deadline("asylum", LocalDate.of(2022, 10, 7)).deadline()).isEqualTo(LocalDate.of(2024, 1, 7));
    }

    @Test
    void wbv202222AlsoExtendsApplicationsStillPendingOn27September2022() {
        // ECLI:NL:RBDHA:2023:8346: lodged 2022-09-25, six months would end 2023-03-25; WBV 2022/22 (in force
        // 2022-09-27) extends it by nine months to 2023-12-25. IND (2022-09-28): the extension covers applications
        // whose statutory term had not yet expired on 27 September 2022.
        Deadline d = deadline("asylum", LocalDate.of(2022, 9, 25));
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2023, 12, 25));
        assertThat(d.explanation().steps())
                .anySatisfy(s -> assertThat(s.text()).contains("had not expired on 2022-09-27"));
        // term still running on 2022-09-27 (it ends that day): extended
        assertThat(deadline("asylum", LocalDate.of(2022, 3, 27)).deadline()).isEqualTo(LocalDate.of(2023, 6, 27));
        // term expired on 2022-09-26: not extended
        assertThat(deadline("asylum", LocalDate.of(2022, 3, 26)).deadline()).isEqualTo(LocalDate.of(2022, 9, 26));
        // a suspension that kept the term running past 2022-09-27 brings the application under the rule
        Deadline suspended = ProcedureTerms.standard()
                .deadline(
                        "asylum",
                        LocalDate.of(2022, 3, 1),
                        List.of(Suspension.of(
                                LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30), SuspensionGround.APPLICANT_DELAY)),
                        List.of());
        // 2022-03-01 + 6 months = 2022-09-01, + 30 suspended days = 2022-10-01 (still running on 09-27) → + 9 months
        assertThat(suspended.deadline()).isEqualTo(LocalDate.of(2023, 6, 1).plusDays(30));
    }

    @Test
    void wbv20233InACourtCase() {
        // ECLI:NL:RBDHA:2024:15701: lodged 2023-12-10; six months end 2024-06-10, extended by nine months
        assertThat(deadline("asylum", LocalDate.of(2023, 12, 10)).deadline()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void asylumFrom12June2026FollowsTheProceduresRegulation() {
        Deadline before = deadline("asylum", LocalDate.of(2026, 6, 11));
        Deadline after = deadline("asylum", LocalDate.of(2026, 6, 12));
        assertThat(before.calculus()).isEqualTo(DeadlineCalculus.DUTCH_STATUTORY);
        assertThat(after.calculus()).isEqualTo(DeadlineCalculus.EU_REGULATION_1182_71);
        // 2026-06-12 + 6 months = 2026-12-12, a Saturday: Reg. 1182/71 art. 3(4) → Monday 2026-12-14
        assertThat(after.deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(after.explanation().steps().get(0).source().orElseThrow().instrument())
                .contains("2024/1348");
    }

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @CsvSource({
        // Vw 2000 art. 69(1): 4 weeks; legal-rules.md §D.5 worked example
        "appeal-regular, 2026-03-12, 2026-04-09",
        "objection-regular, 2026-03-12, 2026-04-09",
        // Awb 6:7: 6 weeks
        "objection-period, 2026-03-12, 2026-04-23",
        // Vw 2000 art. 69(2): 1 week; Thursday 2026-04-30 + 1 week = Thursday 2026-05-07 (working day)
        "appeal-asylum-general, 2026-04-30, 2026-05-07",
        // 1 week from Thursday 2026-05-07 = 2026-05-14 Hemelvaartsdag; 15 May royal decree → Monday 2026-05-18
        "appeal-asylum-general, 2026-05-07, 2026-05-18",
        "appeal-asylum-extended, 2026-03-12, 2026-04-09",
        // Awb 7:10(1): 6 weeks, 12 with an advisory committee
        "objection, 2026-01-05, 2026-02-16",
        "objection-committee, 2026-01-05, 2026-03-30",
        // Vw 2000 art. 25: 90 days
        "regular, 2026-01-05, 2026-04-07",
        // mvv periods (Vc B1/3.3.4)
        "mvv-collect, 2026-01-15, 2026-04-15",
        "mvv-entry, 2026-01-15, 2026-04-15"
    })
    void procedureTerms(String procedure, LocalDate start, LocalDate expected) {
        assertThat(deadline(procedure, start).deadline()).isEqualTo(expected);
    }

    @Test
    void everyBundledRuleCitesASource() {
        assertThat(terms.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source().instrument()).isNotBlank();
            assertThat(r.name()).isNotBlank();
        });
        assertThat(terms.procedures())
                .contains("asylum", "regular", "objection", "appeal-asylum-general", "appeal-regular");
    }

    @Test
    void unknownProcedureNamesTheKnownOnes() {
        assertThatThrownBy(() -> deadline("asylumm", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(UnknownProcedureException.class)
                .hasMessageContaining("procedure")
                .hasMessageContaining("asylumm")
                .hasMessageContaining("appeal-regular");
        assertThatThrownBy(() -> deadline("regular", LocalDate.of(2010, 1, 1)))
                .isInstanceOf(UnknownProcedureException.class)
                .hasMessageContaining("2010-01-01");
    }

    @Test
    void userRulesMustNotOverlap() {
        TermRule a = new TermRule(
                "x",
                "x",
                "receipt",
                Period.ofDays(10),
                DeadlineCalculus.DUTCH_STATUTORY,
                LocalDate.of(2020, 1, 1),
                Optional.of(LocalDate.of(2021, 1, 1)),
                Sources.AWB);
        TermRule b = new TermRule(
                "x",
                "x",
                "receipt",
                Period.ofDays(20),
                DeadlineCalculus.DUTCH_STATUTORY,
                LocalDate.of(2021, 1, 1),
                Optional.empty(),
                Sources.AWB);
        assertThatThrownBy(() -> ProcedureTerms.of(List.of(a, b), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("overlaps");
        TermRule c = new TermRule(
                "x",
                "x",
                "receipt",
                Period.ofDays(20),
                DeadlineCalculus.DUTCH_STATUTORY,
                LocalDate.of(2021, 1, 2),
                Optional.empty(),
                Sources.AWB);
        ProcedureTerms custom = ProcedureTerms.of(List.of(a, c), List.of());
        assertThat(custom.rule("x", LocalDate.of(2021, 1, 1)).term()).isEqualTo(Period.ofDays(10));
        assertThat(custom.rule("x", LocalDate.of(2021, 1, 2)).term()).isEqualTo(Period.ofDays(20));
    }
}
