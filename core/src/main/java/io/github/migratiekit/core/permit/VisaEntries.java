package io.github.migratiekit.core.permit;

/** The number of entries a short-stay visa allows (Visa Code art. 24). */
public enum VisaEntries {
    /** One entry. */
    SINGLE,
    /** Two entries. */
    DOUBLE,
    /** Multiple entries. */
    MULTIPLE
}
