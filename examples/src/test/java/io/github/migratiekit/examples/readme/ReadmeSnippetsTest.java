package io.github.migratiekit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.Taakstelling;
import io.github.migratiekit.core.housing.TaakstellingAllocation;
import io.github.migratiekit.core.housing.TaakstellingPeriod;
import io.github.migratiekit.core.procedure.CaseReport;
import io.github.migratiekit.core.procedure.Outcome;
import io.github.migratiekit.core.procedure.ProcedureEvent;
import io.github.migratiekit.core.procedure.ProcedureKind;
import io.github.migratiekit.core.procedure.ProcedureState;
import io.github.migratiekit.core.procedure.Procedures;
import io.github.migratiekit.core.procedure.Track;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.eurules.dublin.Applicant;
import io.github.migratiekit.eurules.dublin.Application;
import io.github.migratiekit.eurules.dublin.Dublin;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinResult;
import io.github.migratiekit.eurules.dublin.Entry;
import io.github.migratiekit.eurules.dublin.MemberState;
import io.github.migratiekit.eurules.dublin.ResidencePeriod;
import io.github.migratiekit.eurules.schengen.ControlResult;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import io.github.migratiekit.statistics.analysis.GrantRate;
import io.github.migratiekit.statistics.analysis.GrantRateDefinition;
import io.github.migratiekit.statistics.analysis.GrantRateResult;
import io.github.migratiekit.statistics.analysis.GrantRates;
import io.github.migratiekit.statistics.dataset.Catalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick-start code of README.md, compiled and run. {@link ReadmeTest} checks that every {@code java} block of the
 * README stands, word for word, in this file. Each snippet sits between {@code // README:} markers.
 */
class ReadmeSnippetsTest {

    @Test
    void deadlines() {
        // README: deadlines
        Deadline d = ProcedureTerms.standard().deadline("asylum", LocalDate.of(2023, 5, 31), List.of(), List.of());
        d.deadline(); // 2024-08-30: 6 months (Vw 2000 art. 42(1)) + 9 months (WBV 2023/3)
        d.explanation(); // every step with its source
        d.statusOn(LocalDate.of(2024, 9, 2)).daysOverdue(); // 3
        // README: end
        assertThat(d.deadline()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(d.statusOn(LocalDate.of(2024, 9, 2)).daysOverdue()).isEqualTo(3);
    }

    @Test
    void schengen() {
        // README: schengen
        TravelHistory h = TravelHistory.of(List.of(
                Stay.of(LocalDate.of(2013, 6, 28), LocalDate.of(2013, 8, 9)),
                Stay.of(LocalDate.of(2013, 9, 19), LocalDate.of(2014, 3, 1))));
        ShortStayCalculator calc = ShortStayCalculator.standard();
        ControlResult c = calc.control(h, LocalDate.of(2014, 3, 1));
        c.daysUsed(); // 164 in the 180 days ending 2014-03-01 (Swiss SEM example 6)
        c.overstayDays(); // 74: the EC calculator's figure, days used − 90
        c.unlawfulDays(); // 117 days were unlawful, the first on 2013-11-05
        calc.plan(h, LocalDate.of(2014, 3, 2), 14).earliestEntry(); // 2014-05-31: earliest two-week trip
        // README: end
        assertThat(c.daysUsed()).isEqualTo(164);
        assertThat(c.overstayDays()).isEqualTo(74);
        assertThat(c.unlawfulDays()).isEqualTo(117);
        assertThat(c.firstUnlawfulDay()).contains(LocalDate.of(2013, 11, 5));
        // independent check: a 14-day trip from 2014-05-31 reaches exactly 90 days (76 old + 14 new on 2014-06-13)
        assertThat(calc.plan(h, LocalDate.of(2014, 3, 2), 14).earliestEntry()).isEqualTo(LocalDate.of(2014, 5, 31));
    }

    @Test
    void procedures() {
        // README: procedures
        ProcedureState s = Procedures.fold(
                ProcedureKind.ASYLUM,
                List.of(
                        ProcedureEvent.ApplicationLodged.on(LocalDate.of(2026, 1, 5)),
                        new ProcedureEvent.Registered(LocalDate.of(2026, 1, 5)),
                        new ProcedureEvent.TrackAssigned(LocalDate.of(2026, 2, 16), Track.TRACK_4_GENERAL),
                        new ProcedureEvent.Decided(LocalDate.of(2026, 3, 12), Outcome.REJECTED)));
        CaseReport r = s.report(LocalDate.of(2026, 3, 16));
        r.next(); // the one-week appeal period (Vw 2000 art. 69(2)): last day 2026-03-19
        r.allowedNext(); // [APPEAL_LODGED]
        // README: end
        assertThat(r.next()).hasValueSatisfying(n -> assertThat(n.deadline()).isEqualTo(LocalDate.of(2026, 3, 19)));
    }

    @Test
    void dublin() {
        // README: dublin
        DublinCase c = DublinCase.builder(
                        Applicant.of(LocalDate.of(1994, 8, 3), "AF", false),
                        Application.of(MemberState.NL, LocalDate.of(2025, 6, 30)))
                .entry(Entry.of(MemberState.GR, LocalDate.of(2024, 5, 20), Entry.Kind.IRREGULAR_CROSSING))
                .residencePeriod(
                        ResidencePeriod.of(MemberState.AT, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 25)))
                .build();
        DublinResult r = Dublin.determine(c); // Dublin III: registered before 2026-07-01
        r.responsibleState(); // AT
        r.article(); // art. 13(2): five months' continuous stay; art. 13(1) ended 12 months after the crossing
        r.explanation(); // every criterion tried, in legal order, with "applies because …"
        // README: end
        assertThat(r.responsibleState()).isEqualTo(MemberState.AT);
        assertThat(r.article()).isEqualTo("art. 13(2)");
    }

    @Test
    void taakstelling() {
        // README: taakstelling
        TaakstellingAllocation a =
                Taakstelling.allocate(TaakstellingPeriod.parse("2025-II"), 13_000, MunicipalityRegistry.cbs2024());
        a.municipality("GM0344").orElseThrow().allocated(); // Utrecht: 271 (Hamilton, CBS population 2024-01-01)
        a.announcementDeadline(); // 2025-04-01
        // README: end
        assertThat(a.municipality("GM0344").orElseThrow().allocated()).isEqualTo(271);
        assertThat(a.allocatedSum()).isEqualTo(13_000);
    }

    @Test
    void statistics() {
        // README: statistics
        GrantRate national = GrantRates.forYear(Catalogue.standard(), 2023, GrantRateDefinition.NATIONAL);
        GrantRateResult eurostat = GrantRates.evaluate(Catalogue.standard(), 2023, GrantRateDefinition.EUROSTAT);
        national.rate().rounded(1); // 54.3: grants ÷ all decisions (Staat van Migratie 2024, fig. 66)
        // NotComputable: fig. 66 counts Dublin decisions among the rejections, so the EU definition is refused
        // README: end
        assertThat(national.rate().rounded(1)).isEqualByComparingTo("54.3");
        assertThat(eurostat).isInstanceOf(GrantRateResult.NotComputable.class);
    }
}
