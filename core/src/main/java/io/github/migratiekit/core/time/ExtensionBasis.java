package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The legal bases on which a decision term can be extended individually, each with its longest allowed extension,
 * how often it may be used, and the source with its verification status.
 *
 * <p>Which bases a procedure's term accepts is data: each rule in {@code procedure-terms.json} lists its {@code
 * extensionBases}, and {@link ProcedureTerms#deadline} refuses any other (an asylum extension under Vw 2000 art.
 * 42(4) on a regular application is an error, not a longer term). The total of the extensions on one basis may not
 * exceed {@link #maximum()} times {@link #maxTimes()} (or {@link #maximum()} where the law does not limit the
 * number).
 *
 * <p>Categorical extensions by policy rule (WBV 2022/22, WBV 2023/3) are not listed here: they follow from the
 * lodging date and are part of the procedure rules ({@link ProcedureTerms}).
 */
public enum ExtensionBasis {
    /**
     * Awb art. 4:14(3): only for a decision without a statutory term (eight weeks, or a reasonable term the organ
     * names); no statutory maximum. It does not extend a statutory term, so no rule in {@code procedure-terms.json}
     * lists it.
     */
    AWB_4_14(Optional.empty(), Optional.empty(), Sources.AWB_4_14.withArticle("art. 4:14(3)")),
    /**
     * Vw 2000 art. 42(4): asylum, by at most nine months, for complex issues, many simultaneous applications, or
     * delay attributable to the applicant.
     */
    VW_42_4(
            Optional.of(Period.ofMonths(9)),
            Optional.empty(),
            vw2015(
                    "art. 42(4)",
                    "De termijn, bedoeld in het eerste lid, kan met ten hoogste negen maanden worden verlengd")),
    /**
     * Vw 2000 art. 42(5): asylum, a further three months at most, only after an extension under art. 42(4).
     */
    VW_42_5(
            Optional.of(Period.ofMonths(3)),
            Optional.of(1),
            vw2015(
                    "art. 42(5)",
                    "kan de termijn na de verlenging, bedoeld in het vierde lid, nogmaals verlengd worden met ten hoogste drie maanden")),
    /**
     * Directive 2013/32/EU art. 31(3), fourth subparagraph: a further 3 months in exceptional, duly justified
     * circumstances (asylum). Transposed in Vw 2000 art. 42(5): prefer {@link #VW_42_5}, which checks that an art.
     * 42(4) extension came first.
     */
    APD_31_3(
            Optional.of(Period.ofMonths(3)),
            Optional.of(1),
            LegalSource.of("Directive 2013/32/EU", "art. 31(3) fourth subparagraph", "CELEX 32013L0032")
                    .withVerification(
                            Verification.SECONDARY,
                            "the third subparagraph is the nine-month extension (as read in CJEU C-662/23 Zimir);"
                                    + " EUR-Lex text not read; transposed in Vw 2000 art. 42(5)")),
    /**
     * Vw 2000 art. 25(2): regular applications, by at most six months, when advice or investigation by third
     * parties or the public prosecutor is needed.
     */
    VW_25_2(
            Optional.of(Period.ofMonths(6)),
            Optional.empty(),
            vw2015(
                    "art. 25(2)",
                    "kan ten hoogste voor zes maanden worden verlengd indien ... advies van of onderzoek door derden of het openbaar ministerie, nodig is")),
    /**
     * Vw 2000 art. 25(4): an application by a long-term resident of another Member State or a family member, by at
     * most three months in special cases related to the complexity of the application.
     */
    VW_25_4(
            Optional.of(Period.ofMonths(3)),
            Optional.empty(),
            vw2015(
                    "art. 25(4)",
                    "binnen vier maanden, welke termijn ... in bijzondere gevallen verband houdende met de complexiteit van de aanvraag, voor ten hoogste drie maanden kan worden verlengd")),
    /** Vw 2000 art. 2u(1): a decision on an mvv application (incl. nareis), by at most three months. */
    VW_2U_1(
            Optional.of(Period.ofMonths(3)),
            Optional.empty(),
            vw2015(
                    "art. 2u(1)",
                    "Onze Minister kan deze termijn verlengen met ten hoogste drie maanden",
                    "; applied in ECLI:NL:RBDHA:2025:13865")),
    /** Vw 2000 art. 2r(1): the period to collect an mvv, once by at most three months if the mission is closed. */
    VW_2R_1(
            Optional.of(Period.ofMonths(3)),
            Optional.of(1),
            vw2015("art. 2r(1)", "kan Onze Minister de termijn ... eenmaal met ten hoogste drie maanden verlengen")),
    /** Rijkswet op het Nederlanderschap art. 9(4): the naturalisation decision may be postponed twice by six months. */
    RWN_9_4(
            Optional.of(Period.ofMonths(6)),
            Optional.of(2),
            LegalSource.of("Rijkswet op het Nederlanderschap", "art. 9(4)", "BWBR0003738")
                    .withVerification(
                            Verification.VERIFIED,
                            "\"De beslissing kan ten hoogste tweemaal zes maanden worden aangehouden\" (BWBR0003738,"
                                    + " consolidation 2014-09-11)")),
    /** Rijkswet op het Nederlanderschap art. 6(5): the option decision, once by at most thirteen weeks. */
    RWN_6_5(
            Optional.of(Period.ofWeeks(13)),
            Optional.of(1),
            LegalSource.of("Rijkswet op het Nederlanderschap", "art. 6(5)", "BWBR0003738")
                    .withVerification(
                            Verification.VERIFIED,
                            "\"deze termijn kan éénmaal met ten hoogste dertien weken worden verlengd\""
                                    + " (BWBR0003738, consolidation 2014-09-11)")),
    /**
     * Regulation (EU) 2024/1348 art. 35(2): the admissibility examination, by at most two months (disproportionate
     * number of applications, complex issues, or the applicant's failure to comply with art. 9).
     */
    APR_35_2(
            Optional.of(Period.ofMonths(2)),
            Optional.empty(),
            LegalSource.of("Regulation (EU) 2024/1348 (Asylum Procedures Regulation)", "art. 35(2)", "CELEX 32024R1348")
                    .withVerification(
                            Verification.SECONDARY,
                            "\"may extend the time limits ... by no more than two months\"; text as reproduced on"
                                    + " migrationpact.info, EUR-Lex paragraph not read")),
    /** Awb art. 7:10(3): objection decisions, by at most six weeks. */
    AWB_7_10_3(Optional.of(Period.ofWeeks(6)), Optional.empty(), Sources.AWB_7_10.withArticle("art. 7:10(3)"));

    /**
     * A Vw 2000 article read in the consolidation of 2015-07-26 (BWBR0011823), with the words relied on.
     *
     * @param article the article, e.g. {@code "art. 42(4)"}
     * @param quote the words of the text relied on
     * @param more what else the status rests on, e.g. a ruling that applied it; may be empty
     */
    private static LegalSource vw2015(String article, String quote, String more) {
        return Sources.VW
                .withArticle(article)
                .withVerification(
                        Verification.VERIFIED, "\"" + quote + "\" (BWBR0011823, consolidation 2015-07-26" + more + ")");
    }

    private static LegalSource vw2015(String article, String quote) {
        return vw2015(article, quote, "");
    }

    private final Optional<Period> maximum;
    private final Optional<Integer> maxTimes;
    private final LegalSource source;

    ExtensionBasis(Optional<Period> maximum, Optional<Integer> maxTimes, LegalSource source) {
        this.maximum = maximum;
        this.maxTimes = maxTimes;
        this.source = source;
    }

    /**
     * Returns the longest extension this basis allows at one time.
     *
     * @return the maximum, or empty when the law sets none
     */
    public Optional<Period> maximum() {
        return maximum;
    }

    /**
     * Returns how many times this basis may be used on one term; where empty, the extensions on this basis together
     * may not exceed {@link #maximum()}.
     *
     * @return the number of times, or empty when the law counts only the total
     */
    public Optional<Integer> maxTimes() {
        return maxTimes;
    }

    /**
     * Returns the basis that must have been used before this one, if any (Vw 2000 art. 42(5) extends only "after
     * the extension referred to in the fourth paragraph").
     *
     * @return the prerequisite basis, or empty
     */
    public Optional<ExtensionBasis> requiresEarlier() {
        return this == VW_42_5 ? Optional.of(VW_42_4) : Optional.empty();
    }

    /**
     * Returns the legal source, with its verification status.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }

    /**
     * Returns the smallest step in which this basis is usually granted: a month, a week or a day, after the unit of
     * its maximum (a month where the law sets none).
     *
     * @return the step
     */
    public Period smallestStep() {
        if (maximum.isEmpty() || maximum.get().toTotalMonths() > 0) {
            return Period.ofMonths(1);
        }
        return maximum.get().getDays() % 7 == 0 ? Period.ofWeeks(1) : Period.ofDays(1);
    }

    /**
     * Checks the limits the law sets on extensions on one basis: how often (RWN art. 9(4): twice), their total
     * (at most the basis's maximum, times the number of uses where the law allows several), and the order (Vw 2000
     * art. 42(5) only after an art. 42(4) extension).
     *
     * @param given the extensions of one term, in any order
     * @throws InvalidInputException naming {@code extensions[i].basis} or {@code extensions[i].length} if a limit is
     *     exceeded
     */
    public static void checkLimits(List<Extension> given) {
        Checks.nonNull(given, "extensions");
        java.util.Map<ExtensionBasis, Integer> count = new java.util.EnumMap<>(ExtensionBasis.class);
        java.util.Map<ExtensionBasis, LocalDate> totalEnd = new java.util.EnumMap<>(ExtensionBasis.class);
        LocalDate anchor = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < given.size(); i++) {
            Extension ext = given.get(i);
            ExtensionBasis basis = ext.basis();
            int n = count.merge(basis, 1, Integer::sum);
            if (basis.maxTimes().isPresent() && n > basis.maxTimes().get()) {
                throw new InvalidInputException(
                        "extensions[" + i + "].basis",
                        basis + " may be used at most " + basis.maxTimes().get() + " time(s) on one term ("
                                + basis.source().shortCitation() + ")");
            }
            LocalDate end = totalEnd.getOrDefault(basis, anchor).plus(ext.length());
            totalEnd.put(basis, end);
            if (basis.maximum().isPresent()) {
                Period max = basis.maximum().get();
                LocalDate limit = anchor;
                for (int k = 0; k < basis.maxTimes().orElse(1); k++) {
                    limit = limit.plus(max);
                }
                if (end.isAfter(limit)) {
                    throw new InvalidInputException(
                            "extensions[" + i + "].length",
                            "the extensions on " + basis + " together exceed the "
                                    + (basis.maxTimes().orElse(1) > 1
                                            ? basis.maxTimes().get() + " × " + max
                                            : max.toString())
                                    + " that " + basis.source().shortCitation() + " allows");
                }
            }
            for (ExtensionBasis required : basis.requiresEarlier().stream().toList()) {
                boolean earlier = false;
                for (Extension other : given) {
                    if (other.basis() == required && !other.decidedOn().isAfter(ext.decidedOn()) && other != ext) {
                        earlier = true;
                    }
                }
                if (!earlier) {
                    throw new InvalidInputException(
                            "extensions[" + i + "].basis",
                            basis + " extends only after an extension under " + required + " ("
                                    + basis.source().shortCitation() + ")");
                }
            }
        }
    }
}
