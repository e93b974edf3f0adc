package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The regulation that determines the Member State responsible, selected by the date the application was registered.
 *
 * <ul>
 *   <li>{@link #DUBLIN_III}: Regulation (EU) No 604/2013, for applications lodged from 1 January 2014 (art. 49) and
 *       registered before 1 July 2026 (AMMR art. 84(2));
 *   <li>{@link #AMMR}: Regulation (EU) 2024/1351, for applications registered from 1 July 2026 (art. 85; art.
 *       84(1): events before that date count). An application registered <em>on</em> 1 July 2026 falls under the
 *       AMMR: art. 85 makes it apply "from" that date (legal-rules.md §0.1 marks this edge as uncertain).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum Regime {
    /** Dublin III, Regulation (EU) No 604/2013 (CELEX 32013R0604). */
    DUBLIN_III(Sources.DUBLIN_III, LocalDate.of(2014, 1, 1), LocalDate.of(2026, 7, 1), "art. 49"),
    /** The Asylum and Migration Management Regulation, Regulation (EU) 2024/1351 (CELEX 32024R1351). */
    AMMR(
            LegalSource.of("Regulation (EU) 2024/1351 (AMMR)", "", "CELEX 32024R1351")
                    .withVerification(
                            Verification.SECONDARY,
                            "articles read in faithful copies of the Official Journal text, not on EUR-Lex itself;"
                                    + " time limits carry their own status"),
            LocalDate.of(2026, 7, 1),
            LocalDate.MAX,
            "art. 85");

    /** The first day of the AMMR: applications registered from this day are determined under it. */
    public static final LocalDate AMMR_FROM = LocalDate.of(2026, 7, 1);

    private final LegalSource source;
    private final LocalDate registeredFrom;
    private final LocalDate registeredBefore;
    private final String applicationArticle;

    Regime(LegalSource source, LocalDate registeredFrom, LocalDate registeredBefore, String applicationArticle) {
        this.source = source;
        this.registeredFrom = registeredFrom;
        this.registeredBefore = registeredBefore;
        this.applicationArticle = applicationArticle;
    }

    /**
     * Selects the regime for an application by its registration date.
     *
     * @param registeredOn the day the application was registered (lodged, under Dublin III)
     * @return {@link #DUBLIN_III} before 2026-07-01, {@link #AMMR} from then
     * @throws InvalidCaseException if the date is before 2014-01-01 (Dublin II, not supported)
     */
    public static Regime forRegistration(LocalDate registeredOn) {
        Checks.nonNull(registeredOn, "registeredOn");
        for (Regime r : values()) {
            if (!registeredOn.isBefore(r.registeredFrom) && registeredOn.isBefore(r.registeredBefore)) {
                return r;
            }
        }
        throw new InvalidCaseException(
                "application.registeredOn",
                registeredOn + " is before 2014-01-01: such applications fall under Dublin II (Regulation (EC)"
                        + " No 343/2003), which Migratiekit does not encode (Dublin III art. 49)");
    }

    /**
     * Parses a regime name such as {@code "DUBLIN_III"} or {@code "ammr"}.
     *
     * @param name the name
     * @return the regime
     * @throws InvalidCaseException if the name is unknown
     */
    public static Regime parse(String name) {
        Checks.nonNull(name, "regime");
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Regime r : values()) {
            if (r.name().equals(n)) {
                return r;
            }
        }
        throw new InvalidCaseException("regime", "unknown regime '" + name + "'; expected DUBLIN_III or AMMR");
    }

    /**
     * Returns the regulation.
     *
     * @return the source without an article
     */
    public LegalSource source() {
        return source;
    }

    /**
     * Returns a citation of an article of this regulation.
     *
     * @param article e.g. {@code "art. 13(1)"}
     * @return the source
     */
    public LegalSource article(String article) {
        return source.withArticle(article);
    }

    /**
     * Returns the source of the rule that makes this regime apply to an application registered on a date.
     *
     * @return Dublin III art. 49 with AMMR art. 84(2), or AMMR art. 85
     */
    public LegalSource selectionSource() {
        return this == DUBLIN_III
                ? AMMR.article("art. 84(2)").withNote("Dublin III applies from 2014-01-01 by its " + applicationArticle)
                : article(applicationArticle);
    }

    /**
     * Returns the first registration date this regime governs.
     *
     * @return 2014-01-01 or 2026-07-01
     */
    public LocalDate registeredFrom() {
        return registeredFrom;
    }

    /**
     * Returns the last registration date this regime governs, when it has ended.
     *
     * @return 2026-06-30 for Dublin III; empty for the AMMR
     */
    public java.util.Optional<LocalDate> lastRegistrationDay() {
        return registeredBefore.equals(LocalDate.MAX)
                ? java.util.Optional.empty()
                : java.util.Optional.of(registeredBefore.minusDays(1));
    }

    /**
     * Returns the short display name.
     *
     * @return {@code "Dublin III"} or {@code "AMMR"}
     */
    public String displayName() {
        return this == DUBLIN_III ? "Dublin III" : "AMMR";
    }
}
