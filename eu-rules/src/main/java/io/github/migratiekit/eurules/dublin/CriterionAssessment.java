package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.util.Optional;

/**
 * How one criterion fared in a determination: whether it applies, to which State, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param article its article in the regime applied, e.g. {@code "art. 13(1)"}
 * @param outcome applies, does not apply, or not examined
 * @param state the State it designates when it applies
 * @param reason the reason in plain words, naming the facts and the article
 */
public record CriterionAssessment(
        Criterion criterion, String article, Outcome outcome, Optional<MemberState> state, String reason) {

    /**
     * Refuses a {@code null} value.
     *
     * @param criterion the criterion
     * @param article its article in the regime applied, e.g. {@code "art. 13(1)"}
     * @param outcome applies, does not apply, or not examined
     * @param state the State it designates when it applies
     * @param reason the reason in plain words, naming the facts and the article
     * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
     */
    public CriterionAssessment {
        Checks.nonNull(criterion, "criterionAssessment.criterion");
        Checks.nonNull(article, "criterionAssessment.article");
        Checks.nonNull(outcome, "criterionAssessment.outcome");
        Checks.nonNull(state, "criterionAssessment.state");
        Checks.nonNull(reason, "criterionAssessment.reason");
    }

    /** Whether a criterion applied. */
    public enum Outcome {
        /** The criterion designates a State. */
        APPLIES,
        /** The criterion's conditions are not met. */
        DOES_NOT_APPLY,
        /** Not examined because a criterion higher in the order already applied. */
        NOT_EXAMINED
    }
}
