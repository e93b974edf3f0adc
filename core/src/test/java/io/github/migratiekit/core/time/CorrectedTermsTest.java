package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The terms corrected against their texts, each with a worked case from a ruling or the statute. Rulings are cited
 * by ECLI; the dates are those the court stated (as summarised in public case-law digests).
 */
class CorrectedTermsTest {
    private final ProcedureTerms terms = ProcedureTerms.standard();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0}: received {1}, extended by 3 months, ends {2}")
    @CsvSource({
        // Vw 2000 art. 2u(1): 90 days after receipt, extended by at most three months
        "ECLI:NL:RBDHA:2025:13865, 2024-02-28, 2024-08-28",
        "ECLI:NL:RBDHA:2025:4445, 2024-04-24, 2024-10-23",
        "ECLI:NL:RBDHA:2025:4587, 2023-08-08, 2024-02-06"
    })
    void nareisMvvTermIsNinetyDaysPlusAtMostThreeMonths(String ecli, String received, String expected) {
        LocalDate r = d(received);
        Deadline unextended = terms.deadline("nareis", r, List.of(), List.of());
        assertThat(unextended.term()).isEqualTo(Period.ofDays(90));
        Deadline extended = terms.deadline(
                "nareis",
                r,
                List.of(),
                List.of(Extension.of(Period.ofMonths(3), ExtensionBasis.VW_2U_1, r.plusDays(60))));
        assertThat(extended.deadline()).as(ecli).isEqualTo(d(expected));
        assertThatThrownBy(() -> terms.deadline(
                        "nareis",
                        r,
                        List.of(),
                        List.of(Extension.of(Period.ofMonths(4), ExtensionBasis.VW_2U_1, r.plusDays(60)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extension.length");
    }

    @Test
    void regularTermExtendsBySixMonthsUnderArticle25Paragraph2() {
        // Vw 2000 art. 25(1)-(2): 90 days + at most six months; 2025-01-06 + 90 days = 2025-04-06, + 6 months
        Deadline d = terms.deadline(
                "regular",
                d("2025-01-06"),
                List.of(),
                List.of(Extension.of(Period.ofMonths(6), ExtensionBasis.VW_25_2, d("2025-03-01"))));
        assertThat(d.rawDeadline()).isEqualTo(d("2025-10-06"));
        assertThatThrownBy(() -> terms.deadline(
                        "regular",
                        d("2025-01-06"),
                        List.of(),
                        List.of(
                                Extension.of(Period.ofMonths(4), ExtensionBasis.VW_25_2, d("2025-03-01")),
                                Extension.of(Period.ofMonths(3), ExtensionBasis.VW_25_2, d("2025-03-02")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extensions[1].length");
    }

    @Test
    void anAsylumExtensionIsRefusedOnARegularTerm() {
        assertThatThrownBy(() -> terms.deadline(
                        "regular",
                        d("2025-01-06"),
                        List.of(),
                        List.of(Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2025-03-01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extensions[0].basis")
                .hasMessageContaining("art. 42(4)")
                .hasMessageContaining("art. 25(2)");
    }

    @Test
    void longTermResidentAndBlueCard() {
        // Vw 2000 art. 25(4): four months, at most three more; art. 25(5): 90 days, not extendable
        assertThat(terms.deadline("regular-long-term-resident", d("2025-02-03"), List.of(), List.of())
                        .rawDeadline())
                .isEqualTo(d("2025-06-03"));
        assertThat(terms.deadline("regular-blue-card", d("2025-02-03"), List.of(), List.of())
                        .deadline())
                // 2025-02-03 + 90 days = Sunday 2025-05-04; Monday 5 May is a holiday (Atw art. 3(1)) -> Tuesday
                .isEqualTo(d("2025-05-06"));
    }

    @Test
    void asylumFurtherExtensionOnlyAfterANineMonthOne() {
        LocalDate received = d("2022-10-07");
        // Vw 2000 art. 42(5): a further three months only after the art. 42(4) extension
        assertThatThrownBy(() -> terms.deadline(
                        "asylum",
                        received,
                        List.of(),
                        List.of(Extension.of(Period.ofMonths(3), ExtensionBasis.VW_42_5, d("2023-03-01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("VW_42_4");
        Deadline both = terms.deadline(
                "asylum",
                d("2021-01-11"),
                List.of(),
                List.of(
                        Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2021-06-01")),
                        Extension.of(Period.ofMonths(3), ExtensionBasis.VW_42_5, d("2022-03-01"))));
        // 6 + 9 + 3 months; the Atw does not apply to terms of more than three months
        assertThat(both.deadline()).isEqualTo(d("2022-07-11"));
    }

    @Test
    void asylumTermAfterDublinExaminationStartsWhenTheNetherlandsIsResponsible() {
        // Vw 2000 art. 42(6); ECLI:NL:RBDHA:2025:3378: the term runs only from the day the Netherlands is responsible
        Deadline d = terms.deadline("asylum-dublin-examined", d("2024-06-14"), List.of(), List.of());
        assertThat(d.deadline()).isEqualTo(d("2024-12-14"));
        assertThat(d.explanation().toString()).contains("art. 42(6)");
    }

    @Test
    void wbvExtensionsSayTheyAreContestedAfterZimir() {
        // ECLI:NL:RBDHA:2023:8346: lodged 2022-09-25, WBV 2022/22 -> 2023-12-25 (not rolled: outside the Atw)
        Deadline d = terms.deadline("asylum", d("2022-09-25"), List.of(), List.of());
        assertThat(d.deadline()).isEqualTo(d("2023-12-25"));
        assertThat(d.explanation().toString()).contains("C-662/23", "Zimir");
        assertThat(d.explanation().warnings()).contains("rule-secondary");
    }

    @Test
    void anExtensionInsideTheWbvExtendedTermOfAPendingApplicationIsInTime() {
        // lodged 2022-03-28: six months end 2022-09-28, after WBV 2022/22 took effect on 2022-09-27, so the term is
        // extended by nine months to 2023-06-28 (IND news 2022-09-28; ECLI:NL:RBDHA:2023:8346 for the rule); a
        // Vw 2000 art. 42(4) extension decided on 2023-06-28 falls inside that term and adds nine months
        Deadline d = terms.deadline(
                "asylum",
                d("2022-03-28"),
                List.of(),
                List.of(Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2023-06-28"))));
        assertThat(d.deadline()).isEqualTo(d("2024-03-28"));
        // decided a day after the WBV-extended term ended: too late (Awb 4:14)
        assertThatThrownBy(() -> terms.deadline(
                        "asylum",
                        d("2022-03-28"),
                        List.of(),
                        List.of(Extension.of(Period.ofMonths(9), ExtensionBasis.VW_42_4, d("2023-06-29")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2023-06-28");
    }

    @Test
    void naturalisationPostponedAtMostTwiceBySixMonths() {
        // RWN art. 9(4): one year after payment, postponed at most twice by six months
        LocalDate paid = d("2024-03-15");
        Deadline twice = terms.deadline(
                "naturalisation",
                paid,
                List.of(),
                List.of(
                        Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-01-10")),
                        Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-08-10"))));
        assertThat(twice.deadline()).isEqualTo(d("2026-03-15"));
        assertThatThrownBy(() -> terms.deadline(
                        "naturalisation",
                        paid,
                        List.of(),
                        List.of(
                                Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-01-10")),
                                Extension.of(Period.ofMonths(6), ExtensionBasis.RWN_9_4, d("2025-08-10")),
                                Extension.of(Period.ofMonths(1), ExtensionBasis.RWN_9_4, d("2026-02-10")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 2 time(s)");
    }

    @Test
    void optionThirteenWeeksExtendableOnce() {
        // RWN art. 6(5): 13 weeks, once at most 13 more; 13 weeks is more than twelve, so the Atw does not apply
        Deadline d = terms.deadline(
                "option",
                d("2025-01-06"),
                List.of(),
                List.of(Extension.of(Period.ofWeeks(13), ExtensionBasis.RWN_6_5, d("2025-03-01"))));
        assertThat(d.deadline()).isEqualTo(d("2025-07-07"));
    }

    @Test
    void aprAdmissibilityAndAcceleratedLimits() {
        // Regulation (EU) 2024/1348 art. 35(1) and (3), from 2026-06-12
        assertThat(terms.deadline("asylum-admissibility", d("2026-07-06"), List.of(), List.of())
                        .rawDeadline())
                .isEqualTo(d("2026-09-06"));
        assertThat(terms.deadline("asylum-accelerated", d("2026-07-06"), List.of(), List.of())
                        .rawDeadline())
                .isEqualTo(d("2026-10-06"));
        assertThat(terms.rule("asylum", d("2026-07-06")).source().article()).isEqualTo("art. 35(4)");
    }

    @Test
    void objectionCommitteeTermDependsOnTheDate() {
        // Awb art. 7:10(1): twelve weeks with a committee from 2009-10-01
        assertThat(terms.rule("objection-committee", d("2009-10-01")).term()).isEqualTo(Period.ofWeeks(12));
        assertThat(terms.rule("objection-committee", d("2009-09-30")).term()).isEqualTo(Period.ofWeeks(10));
        assertThat(terms.rule("objection-committee", d("2009-09-30")).source().verification())
                .isEqualTo(Verification.UNVERIFIED);
    }

    @Test
    void penaltyAmountsAreSelectedByTheDayTheNoticeWasReceived() {
        // Awb art. 4:17(2): €20/€30/€40 (max €1,260) for notices from 2009-10-01 to 2018-12-31
        assertThat(LatePenalty.amountForDays(42, d("2018-12-31"))).isEqualTo(1260);
        // €23/€35/€45 (max €1,442) from 2019-01-01; ECLI:NL:RBDHA:2025:13865 awards € 1,442
        assertThat(LatePenalty.amountForDays(42, d("2019-01-01"))).isEqualTo(1442);
        LatePenalty.Result r2015 = LatePenalty.accrued(d("2015-03-01"), d("2015-03-02"), d("2015-05-01"));
        assertThat(r2015.amountEuro()).isEqualTo(1260);
        assertThat(r2015.explanation().warnings()).doesNotContain("rule-unverified", "rule-secondary");
        LatePenalty.Result r2026 = LatePenalty.accrued(d("2026-03-01"), d("2026-03-02"), d("2026-05-01"));
        assertThat(r2026.amountEuro()).isEqualTo(1442);
        assertThat(r2026.explanation().warnings()).contains("rule-unverified");
    }

    @Test
    void noPenaltyForAsylumDecisionsUnderTheTemporaryAct() {
        // Tijdelijke wet opschorting dwangsommen IND, art. 1 (Stb. 2020, 242), in force 2020-07-10
        LatePenalty.Result asylum = LatePenalty.accrued("asylum", d("2024-07-28"), d("2024-08-01"), d("2024-12-01"));
        assertThat(asylum.amountEuro()).isZero();
        assertThat(asylum.explanation().toString()).contains("Tijdelijke wet opschorting dwangsommen IND");
        // art. 3: a period that expired before 2020-07-10 still earns the penalty
        LatePenalty.Result old = LatePenalty.accrued("asylum", d("2020-06-01"), d("2020-06-02"), d("2020-09-01"));
        assertThat(old.amountEuro()).isEqualTo(1442);
        // nareis is not an asylum residence permit: the penalty applies (ECLI:NL:RBDHA:2025:13865)
        assertThat(LatePenalty.accrued("nareis", d("2024-08-28"), d("2024-09-02"), d("2025-01-01"))
                        .amountEuro())
                .isEqualTo(1442);
    }
}
