package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;

/** Citations of the Schengen short-stay rules. Each constant is an immutable {@link LegalSource}. */
public final class SchengenSources {
    private SchengenSources() {}

    /** Schengen Borders Code, Regulation (EU) 2016/399 (codification), CELEX 32016R0399. */
    public static final LegalSource SBC =
            LegalSource.of("Regulation (EU) 2016/399 (Schengen Borders Code)", "", "CELEX 32016R0399");

    /** SBC art. 6(1): 90 days in any 180-day period; entry and exit day count; permit periods not counted. */
    public static final LegalSource SBC_6_1 = SBC.withArticle("art. 6(1)");

    /** Regulation (EU) No 610/2013, which introduced the 90/180 definition from 2013-10-18, CELEX 32013R0610. */
    public static final LegalSource REG_610_2013 = LegalSource.of(
            "Regulation (EU) No 610/2013", "art. 1(1) and art. 6", "CELEX 32013R0610", LocalDate.of(2013, 6, 26));

    /** CJEU C-241/05 Bot: under the old rule a new six-month period starts with the first entry after the last. */
    public static final LegalSource BOT = LegalSource.of("CJEU judgment of 3 October 2006, Bot", "", "C-241/05")
            .withNote("cited by the EC user manual; date and ECLI from outside knowledge, verify");

    /** Entry/Exit System Regulation (EU) 2017/2226 art. 11: the automated calculator. */
    public static final LegalSource EES_11 =
            LegalSource.of("Regulation (EU) 2017/2226 (Entry/Exit System)", "art. 11", "CELEX 32017R2226");

    /** The European Commission's user manual of the short-stay calculator (interpretation, not law). */
    public static final LegalSource EC_MANUAL = LegalSource.of(
                    "European Commission, User manual for the short-stay Schengen calculator", "", "")
            .withNote("guidance, not legally binding");
}
