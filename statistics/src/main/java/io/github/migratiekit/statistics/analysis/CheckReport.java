package io.github.migratiekit.statistics.analysis;

import io.github.migratiekit.core.internal.Checks;
import java.util.List;

/**
 * The consistency report over one or more datasets: how many relation instances were evaluated, how many findings of
 * each class, and the findings. Immutable.
 *
 * @param datasets the number of datasets checked
 * @param evaluated the number of relation instances evaluated
 * @param findings the findings: inconsistent first, then unreconciled, mixed rounding, rounding noise
 * @param inconsistent the number of findings where printed figures of one publication contradict each other
 * @param unreconciled the number of findings that rest on an assumed identity, different reference dates, data
 *     versions or sources, or a value off the rounding grid: not errors in the publication
 * @param withinRounding the number of differences within the source's rounding
 */
public record CheckReport(
        int datasets,
        int evaluated,
        List<Finding> findings,
        long inconsistent,
        long unreconciled,
        long withinRounding) {
    /**
     * Copies the findings and checks the counts.
     *
     * @param datasets the number of datasets checked
     * @param evaluated the number of relation instances evaluated
     * @param findings the findings
     * @param inconsistent the number of inconsistent findings
     * @param unreconciled the number of unreconciled findings
     * @param withinRounding the number of differences within rounding
     * @throws IllegalArgumentException if a count does not match the findings
     */
    public CheckReport {
        Checks.nonNull(findings, "checkReport.findings");
        findings = List.copyOf(findings);
        if (inconsistent != count(findings, Finding.Classification.INCONSISTENT)
                || unreconciled != count(findings, Finding.Classification.UNRECONCILED)
                || withinRounding != count(findings, Finding.Classification.WITHIN_ROUNDING)) {
            throw new IllegalArgumentException("the counts do not match the findings");
        }
    }

    /**
     * Returns a report, counting the classes.
     *
     * @param datasets the number of datasets checked
     * @param evaluated the number of relation instances evaluated
     * @param findings the findings
     */
    public CheckReport(int datasets, int evaluated, List<Finding> findings) {
        this(
                datasets,
                evaluated,
                Checks.nonNull(findings, "checkReport.findings"),
                count(findings, Finding.Classification.INCONSISTENT),
                count(findings, Finding.Classification.UNRECONCILED),
                count(findings, Finding.Classification.WITHIN_ROUNDING));
    }

    private static long count(List<Finding> findings, Finding.Classification c) {
        return findings.stream().filter(f -> f.classification() == c).count();
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity the severity
     * @return the matching findings
     */
    public List<Finding> of(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * Returns the findings of one class.
     *
     * @param classification the class
     * @return the matching findings
     */
    public List<Finding> of(Finding.Classification classification) {
        return findings.stream()
                .filter(f -> f.classification() == classification)
                .toList();
    }

    /**
     * Returns the number of findings of one severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
