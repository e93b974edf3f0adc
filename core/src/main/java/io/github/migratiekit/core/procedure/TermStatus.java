package io.github.migratiekit.core.procedure;

/** Where a term of a case stands on the day of a report. */
public enum TermStatus {
    /** The term runs: its last day is today or later and the event that ends it has not happened. */
    RUNNING,
    /** The term ended before the report day without the event that would have ended it. */
    LAPSED,
    /** The event that ends the term happened on or before its last day. */
    MET,
    /** The event that ends the term happened after its last day (e.g. a late appeal, a late decision). */
    MET_LATE,
    /** A later event made the term moot before it ended (e.g. the case was taken up again by a side intake). */
    SUPERSEDED
}
