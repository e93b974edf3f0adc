package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small value types of legal time: their validation, their boundaries and what they print. */
class TimeValuesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void decreeCoverageWarnsUnlessKnown() {
        LegalSource src = Sources.ATW_3_3;
        assertThat(new DecreeCoverage(2029, DecreeCoverage.Status.UNKNOWN, "n", src).warningCode())
                .isEqualTo("atw-decree-days-unknown");
        assertThat(new DecreeCoverage(2021, DecreeCoverage.Status.PARTLY_KNOWN, "n", src).warningCode())
                .isEqualTo("atw-decree-days-uncertain");
        assertThat(new DecreeCoverage(2021, DecreeCoverage.Status.PARTLY_KNOWN, "n", src).isKnown())
                .isFalse();
        DecreeCoverage known = DecreeCoverage.known(2024, src);
        assertThat(known.warningCode()).isEmpty();
        assertThat(known.isKnown()).isTrue();
        assertThat(known.note()).isEmpty();
        assertThat(known.year()).isEqualTo(2024);
        assertThatThrownBy(() -> new DecreeCoverage(2024, null, "", src))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("decreeCoverage.status");
        assertThatThrownBy(() -> new DecreeCoverage(2024, DecreeCoverage.Status.KNOWN, null, src))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("decreeCoverage.note");
        assertThatThrownBy(() -> new DecreeCoverage(2024, DecreeCoverage.Status.KNOWN, "", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("decreeCoverage.source");
    }

    @Test
    void aCalendarWithoutDecreesKnowsEveryYearItCovers() {
        WorkingDayCalendar weekendsOnly = new WorkingDayCalendar() {
            @Override
            public String name() {
                return "weekends only";
            }

            @Override
            public Optional<Holiday> holidayOn(LocalDate date) {
                return Optional.empty();
            }

            @Override
            public List<Holiday> holidays(int year) {
                if (year > 2030) {
                    throw new UnsupportedDateException("year", "not covered");
                }
                return List.of();
            }
        };
        assertThat(weekendsOnly.decreeCoverage(2030).isKnown()).isTrue();
        assertThat(weekendsOnly.decreeCoverage(2030).source().instrument()).isEqualTo("weekends only");
        assertThatThrownBy(() -> weekendsOnly.decreeCoverage(2031)).isInstanceOf(UnsupportedDateException.class);
    }

    @Test
    void suspensionsCountBothEnds() {
        // Awb 4:15: every day from start to end, both included
        Suspension one = Suspension.of(d("2026-02-02"), d("2026-02-02"), SuspensionGround.FORCE_MAJEURE);
        assertThat(one.days()).isEqualTo(1);
        assertThat(Suspension.of(d("2026-02-02"), d("2026-03-03"), SuspensionGround.FORCE_MAJEURE)
                        .days())
                .isEqualTo(30);
        assertThat(one.toString()).isEqualTo("2026-02-02/2026-02-02:FORCE_MAJEURE");
        assertThat(SuspensionGround.INCOMPLETE_APPLICATION.source().article()).isEqualTo("art. 4:15(1)(a)");
        assertThat(SuspensionGround.FORCE_MAJEURE.dutchLabel()).isEqualTo("overmacht");
    }

    @Test
    void extensionsAreBoundedByTheirBasis() {
        // Vw 2000 art. 42(4): nine months at most; exactly nine is allowed
        Extension nine = Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2026-01-05"));
        assertThat(nine.toString()).isEqualTo("P9M:VW_42_4:2026-01-05");
        assertThatThrownBy(() -> Extension.of(Period.ofDays(-1), ExtensionBasis.AWB_4_14, d("2026-01-05")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("extension.length: must be positive, was P-1D");
        assertThatThrownBy(() -> Extension.of(Period.ofDays(43), ExtensionBasis.AWB_7_10_3, d("2026-01-05")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("extension.length: P43D is longer than the P42D that");
    }

    @Test
    void categoricalExtensionsApplyByLodgingDate() {
        // WBV 2022/22: lodged from 2022-09-27, and earlier applications whose term had not expired on 2022-09-27
        CategoricalExtension wbv = new CategoricalExtension(
                "asylum",
                "WBV 2022/22",
                d("2022-09-27"),
                d("2023-12-31"),
                Period.ofMonths(9),
                Sources.ATW,
                Optional.of(d("2022-09-27")));
        assertThat(wbv.appliesTo(d("2022-09-27"))).isTrue();
        assertThat(wbv.appliesTo(d("2023-12-31"))).isTrue();
        assertThat(wbv.appliesTo(d("2022-09-26"))).isFalse();
        assertThat(wbv.appliesTo(d("2024-01-01"))).isFalse();
        // earlier application, term still running on (or ending on) 2022-09-27
        assertThat(wbv.appliesTo(d("2022-05-01"), d("2022-09-27"))).isTrue();
        assertThat(wbv.appliesTo(d("2022-05-01"), d("2022-09-26"))).isFalse();
        // lodged after the period: the pending rule does not reach it
        assertThat(wbv.appliesTo(d("2024-01-01"), d("2024-07-01"))).isFalse();
        // without a pending day only the lodging period counts
        CategoricalExtension plain = new CategoricalExtension(
                "asylum",
                "WBV 2023/3",
                d("2023-01-01"),
                d("2023-12-31"),
                Period.ofMonths(9),
                Sources.ATW,
                Optional.empty());
        assertThat(plain.appliesTo(d("2022-05-01"), d("2023-06-01"))).isFalse();
        assertThat(plain.appliesTo(d("2023-05-01"), d("2023-06-01"))).isTrue();
        assertThatThrownBy(() -> new CategoricalExtension(
                        "asylum",
                        "x",
                        d("2023-01-02"),
                        d("2023-01-01"),
                        Period.ofMonths(1),
                        Sources.ATW,
                        Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("categoricalExtension.lodgedTo");
        assertThat(new CategoricalExtension(
                                "asylum",
                                "x",
                                d("2023-01-01"),
                                d("2023-01-01"),
                                Period.ofDays(1),
                                Sources.ATW,
                                Optional.empty())
                        .appliesTo(d("2023-01-01")))
                .isTrue();
        assertThatThrownBy(() -> new CategoricalExtension(
                        "asylum", "x", d("2023-01-01"), d("2023-01-01"), Period.ZERO, Sources.ATW, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("categoricalExtension.length");
        assertThatThrownBy(() -> new CategoricalExtension(
                        "asylum",
                        "x",
                        d("2023-01-01"),
                        d("2023-01-01"),
                        Period.ofDays(-3),
                        Sources.ATW,
                        Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("categoricalExtension.length");
    }

    @Test
    void termRulesApplyWithinTheirValidity() {
        TermRule closed = new TermRule(
                "objection-committee",
                "objection decision period with an advisory committee",
                "the last day of the objection period",
                Period.ofWeeks(10),
                DeadlineCalculus.DUTCH_STATUTORY,
                d("1994-01-01"),
                Optional.of(d("2009-09-30")),
                Sources.AWB_7_10);
        assertThat(closed.appliesTo(d("1994-01-01"))).isTrue();
        assertThat(closed.appliesTo(d("2009-09-30"))).isTrue();
        assertThat(closed.appliesTo(d("1993-12-31"))).isFalse();
        assertThat(closed.appliesTo(d("2009-10-01"))).isFalse();
        assertThat(closed.extensionBases()).isEmpty();
        TermRule open = new TermRule(
                "x",
                "n",
                "s",
                Period.ZERO,
                DeadlineCalculus.DUTCH_STATUTORY,
                d("2009-10-01"),
                Optional.empty(),
                Sources.AWB_7_10);
        assertThat(open.appliesTo(d("2100-01-01"))).isTrue();
        assertThat(open.appliesTo(d("2009-09-30"))).isFalse();
        // a rule valid for one day
        assertThat(new TermRule(
                                "x",
                                "n",
                                "s",
                                Period.ofDays(1),
                                DeadlineCalculus.DUTCH_STATUTORY,
                                d("2009-10-01"),
                                Optional.of(d("2009-10-01")),
                                Sources.AWB_7_10)
                        .appliesTo(d("2009-10-01")))
                .isTrue();
        assertThatThrownBy(() -> new TermRule(
                        " ",
                        "n",
                        "s",
                        Period.ofDays(1),
                        DeadlineCalculus.DUTCH_STATUTORY,
                        d("2009-10-01"),
                        Optional.empty(),
                        Sources.AWB_7_10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("termRule.procedure");
        assertThatThrownBy(() -> new TermRule(
                        "x",
                        "n",
                        "s",
                        Period.ofDays(-1),
                        DeadlineCalculus.DUTCH_STATUTORY,
                        d("2009-10-01"),
                        Optional.empty(),
                        Sources.AWB_7_10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("termRule.term");
        assertThatThrownBy(() -> new TermRule(
                        "x",
                        "n",
                        "s",
                        Period.ofDays(1),
                        DeadlineCalculus.DUTCH_STATUTORY,
                        d("2009-10-01"),
                        Optional.of(d("2009-09-30")),
                        Sources.AWB_7_10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("termRule.validTo");
        assertThatThrownBy(() -> new TermRule(
                        "x",
                        "n",
                        "s",
                        Period.ofDays(1),
                        DeadlineCalculus.DUTCH_STATUTORY,
                        d("2009-10-01"),
                        Optional.empty(),
                        Sources.AWB_7_10,
                        null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("termRule.extensionBases: must not be null");
    }

    @Test
    void statusCountsDaysToTheDeadline() {
        Deadline d = Deadlines.compute(DeadlineRequest.builder()
                .start(d("2026-03-12"))
                .term(Period.ofWeeks(4))
                .termSource(Sources.ATW)
                .calculus(DeadlineCalculus.DUTCH_STATUTORY)
                .build());
        // Vw 2000 art. 69(2) worked example: the term ends on 2026-04-09
        assertThat(d.statusOn(d("2026-04-09")).daysLeft()).isZero();
        assertThat(d.statusOn(d("2026-04-09")).lapsed()).isFalse();
        assertThat(d.statusOn(d("2026-04-09")).daysOverdue()).isZero();
        assertThat(d.statusOn(d("2026-04-12")).lapsed()).isTrue();
        assertThat(d.statusOn(d("2026-04-12")).daysOverdue()).isEqualTo(3);
        assertThat(d.statusOn(d("2026-04-01")).daysLeft()).isEqualTo(8);
        assertThat(d.statusOn(d("2026-04-01")).daysOverdue()).isZero();
    }

    @Test
    void calculiSayWhetherTheyRollAndWhatTheyRestOn() {
        // Atw art. 1(1) and Reg. 1182/71 art. 3(4) roll to a working day; Dublin III art. 42(c) does not
        assertThat(DeadlineCalculus.DUTCH_STATUTORY.rollsToWorkingDay()).isTrue();
        assertThat(DeadlineCalculus.EU_REGULATION_1182_71.rollsToWorkingDay()).isTrue();
        assertThat(DeadlineCalculus.DUBLIN_ART_42.rollsToWorkingDay()).isFalse();
        assertThat(DeadlineCalculus.DUTCH_STATUTORY.source()).isEqualTo(Sources.ATW_1_1);
        assertThat(DeadlineCalculus.EU_REGULATION_1182_71.source()).isEqualTo(Sources.REG_1182_71);
        assertThat(DeadlineCalculus.DUBLIN_ART_42.source()).isEqualTo(Sources.DUBLIN_III_42);
        for (DeadlineCalculus c : DeadlineCalculus.values()) {
            assertThat(c.endOfMonthRule()).isEqualTo(EndOfMonthRule.LAST_DAY_OF_SHORTER_MONTH);
        }
    }

    @Test
    void aHolidayPrintsItsDateNameAndSource() {
        Holiday h = AtwCalendar.standard().holidayOn(d("2026-04-03")).orElseThrow();
        assertThat(h.toString()).isEqualTo("2026-04-03 Goede Vrijdag (" + Sources.ATW_3_2.citation() + ")");
    }
}
