package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.List;

/**
 * The Member State responsible for an application, the criterion and article that designate it, the regime applied,
 * and the explanation that lists every criterion tried.
 *
 * <p>Immutable and thread-safe.
 *
 * @param regime the regime applied: Dublin III or the AMMR
 * @param responsibleState the Member State responsible
 * @param criterion the criterion or clause that designates it
 * @param article the article, e.g. {@code "art. 13(1)"}
 * @param frozenOn the day whose situation the criteria used: the first application (Dublin III art. 7(2))
 * @param assessments every criterion and clause, in the order examined
 * @param explanation the steps, each with its source
 */
public record DublinResult(
        Regime regime,
        MemberState responsibleState,
        Criterion criterion,
        String article,
        LocalDate frozenOn,
        List<CriterionAssessment> assessments,
        Explanation explanation) {

    /**
     * Copies the assessments.
     *
     * @param regime the regime applied: Dublin III or the AMMR
     * @param responsibleState the Member State responsible
     * @param criterion the criterion or clause that designates it
     * @param article the article, e.g. {@code "art. 13(1)"}
     * @param frozenOn the day whose situation the criteria used: the first application (Dublin III art. 7(2))
     * @param assessments every criterion and clause, in the order examined
     * @param explanation the steps, each with its source
     */
    public DublinResult {
        Checks.nonNull(regime, "dublinResult.regime");
        Checks.nonNull(responsibleState, "dublinResult.responsibleState");
        Checks.nonNull(criterion, "dublinResult.criterion");
        Checks.nonNull(article, "dublinResult.article");
        Checks.nonNull(frozenOn, "dublinResult.frozenOn");
        Checks.nonNull(assessments, "dublinResult.assessments");
        Checks.nonNull(explanation, "dublinResult.explanation");
        assessments = List.copyOf(assessments);
    }
}
