package io.github.migratiekit.core.permit;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.ProcedureTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An mvv (machtiging tot voorlopig verblijf), the national long-stay visa needed to enter for a stay of more than 90
 * days: the day the decision to issue it was notified, and the day the sticker was issued at the post.
 *
 * <p>Periods, from the bundled procedure terms: the mvv must be collected within three months of the notification of
 * the decision ({@code mvv-collect}; for family members of asylum status holders Vw 2000 art. 2r, which the State may
 * not postpone, ABRvS 8 February 2023, De Staat van Migratie 2024 L3512); with the sticker the holder must enter the
 * Netherlands within 90 days of its issue ({@code mvv-entry}).
 *
 * <p>Immutable and thread-safe; JSON round-trips exactly.
 *
 * @param decisionNotifiedOn the day the positive decision was notified
 * @param issuedOn the day the mvv sticker was issued, if collected
 * @param purpose the purpose of stay
 * @param nareis true for the family member of an asylum status holder (nareis)
 */
public record Mvv(
        LocalDate decisionNotifiedOn, Optional<LocalDate> issuedOn, Optional<StayPurpose> purpose, boolean nareis) {

    static final LegalSource VW_2R = PermitSources.VW
            .withArticle("art. 2r")
            .withNote("three months to collect, per ABRvS 8 Feb 2023 as reported in De Staat van Migratie 2024 L3512");

    /**
     * Validates the mvv.
     *
     * @param decisionNotifiedOn the day the positive decision was notified
     * @param issuedOn the day the mvv sticker was issued, if collected
     * @param purpose the purpose of stay
     * @param nareis true for the family member of an asylum status holder (nareis)
     * @throws InvalidPermitException if the sticker was issued before the decision was notified
     */
    public Mvv {
        Checks.nonNull(decisionNotifiedOn, "mvv.decisionNotifiedOn");
        Checks.nonNull(issuedOn, "mvv.issuedOn");
        Checks.nonNull(purpose, "mvv.purpose");
        if (issuedOn.isPresent() && issuedOn.get().isBefore(decisionNotifiedOn)) {
            throw new InvalidPermitException(
                    "issuedOn", issuedOn.get() + " is before the decision was notified on " + decisionNotifiedOn);
        }
    }

    /**
     * Creates an mvv that has not yet been collected.
     *
     * @param decisionNotifiedOn the notification day
     * @param purpose the purpose
     * @return the mvv
     */
    public static Mvv notified(LocalDate decisionNotifiedOn, StayPurpose purpose) {
        Checks.nonNull(decisionNotifiedOn, "decisionNotifiedOn");
        Checks.nonNull(purpose, "purpose");
        return new Mvv(decisionNotifiedOn, Optional.empty(), Optional.of(purpose), false);
    }

    /**
     * Returns a copy recording the day the sticker was issued.
     *
     * @param day the issue day
     * @return the copy
     * @throws InvalidPermitException if the day is before the notification
     */
    public Mvv withIssuedOn(LocalDate day) {
        return new Mvv(decisionNotifiedOn, Optional.of(day), purpose, nareis);
    }

    /**
     * Returns the last day to collect the mvv.
     *
     * @return the deadline with its explanation
     */
    public Deadline collectionDeadline() {
        Deadline d = ProcedureTerms.standard().deadline("mvv-collect", decisionNotifiedOn, List.of(), List.of());
        if (!nareis) {
            return d;
        }
        Explanation why = Explanation.of(List.of(ExplanationStep.of(
                        "For a family member of an asylum status holder the collection period is statutory and may"
                                + " not be postponed.",
                        VW_2R)))
                .plus(d.explanation());
        return new Deadline(
                d.label(), d.start(), d.term(), d.calculus(), d.rawDeadline(), d.deadline(), d.suspendedDays(), why);
    }

    /**
     * Returns the last day to enter the Netherlands with the mvv, once it has been issued.
     *
     * @return the deadline, or empty if not yet issued
     */
    public Optional<Deadline> entryDeadline() {
        return issuedOn.map(day -> ProcedureTerms.standard().deadline("mvv-entry", day, List.of(), List.of()));
    }
}
