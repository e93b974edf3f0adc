package io.github.migratiekit.statistics.analysis;

import java.util.List;

/**
 * The consistency report over one or more datasets: how many relation instances were evaluated and what was found.
 * Immutable.
 *
 * @param datasets the number of datasets checked
 * @param evaluated the number of relation instances evaluated
 * @param findings the findings, errors first
 */
public record CheckReport(int datasets, int evaluated, List<Finding> findings) {
    /**
     * Copies the findings.
     *
     * @param datasets the number of datasets checked
     * @param evaluated the number of relation instances evaluated
     * @param findings the findings, errors first
     */
    public CheckReport {
        findings = List.copyOf(findings);
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
     * Returns the number of findings of one severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
