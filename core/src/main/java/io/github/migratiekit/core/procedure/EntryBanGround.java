package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Verification;
import java.time.Period;

/**
 * The grounds of an entry ban (inreisverbod) and the longest ban each allows, Vreemdelingenbesluit 2000 art. 6.5a
 * (BWBR0011825; text of the consolidation of 2015-07-26): at most 2 years in principle (para. 1); 1 year after an
 * overstay of more than 3 and at most 90 days (para. 2); 3 years after a custodial sentence of less than six months
 * (para. 3); 5 years after a custodial sentence of six months or more, false or another's papers, more than one return
 * decision, or entry while a ban was in force (para. 4); 10 years for a serious threat to public order or public
 * security (para. 5); 20 years for a serious threat to national security or weighty interests (para. 6). Each later
 * paragraph applies "in afwijking van" the earlier ones; which applies when several hold is the caller's choice of
 * ground. Vw 2000 art. 66a(4) caps the ban at five years unless there is a serious threat.
 */
public enum EntryBanGround {
    /** Vb 2000 art. 6.5a(1): the ordinary entry ban, at most 2 years. */
    STANDARD("inreisverbod", Period.ofYears(2), "art. 6.5a(1)"),
    /** Vb 2000 art. 6.5a(5): a serious threat to public order or public security, at most 10 years. */
    PUBLIC_ORDER("zwaar inreisverbod (openbare orde)", Period.ofYears(10), "art. 6.5a(5)"),
    /** Vb 2000 art. 6.5a(6): a serious threat to national security, at most 20 years. */
    NATIONAL_SECURITY("zwaar inreisverbod (nationale veiligheid)", Period.ofYears(20), "art. 6.5a(6)"),
    /** Vb 2000 art. 6.5a(2): an overstay of the free period by more than 3 and at most 90 days, at most 1 year. */
    SHORT_OVERSTAY("inreisverbod na overschrijding vrije termijn (3-90 dagen)", Period.ofYears(1), "art. 6.5a(2)"),
    /** Vb 2000 art. 6.5a(3): a custodial sentence of less than six months, at most 3 years. */
    SHORT_SENTENCE("inreisverbod na vrijheidsstraf korter dan zes maanden", Period.ofYears(3), "art. 6.5a(3)"),
    /**
     * Vb 2000 art. 6.5a(4): a custodial sentence of six months or more, false or another's travel papers, more than
     * one return decision, or entry while an entry ban was in force; at most 5 years.
     */
    AGGRAVATED("inreisverbod (zwaarwegende grond, ten hoogste vijf jaar)", Period.ofYears(5), "art. 6.5a(4)");

    private final String dutchLabel;
    private final Period maximum;

    private final String article;

    EntryBanGround(String dutchLabel, Period maximum, String article) {
        this.dutchLabel = dutchLabel;
        this.maximum = maximum;
        this.article = article;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "inreisverbod"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the longest ban on this ground.
     *
     * @return 1, 2, 3, 5, 10 or 20 years
     */
    public Period maximum() {
        return maximum;
    }

    /**
     * Returns the legal source.
     *
     * @return Vb 2000 art. 6.5a with the paragraph of this ground
     */
    public LegalSource source() {
        return LegalSource.of("Vreemdelingenbesluit 2000", article, "BWBR0011825")
                .withVerification(
                        Verification.VERIFIED,
                        "text of the consolidation of 2015-07-26; the current wording was not re-read");
    }
}
