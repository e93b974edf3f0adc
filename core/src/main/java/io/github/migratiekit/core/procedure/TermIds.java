package io.github.migratiekit.core.procedure;

/** The ids of the terms a case can have ({@link RunningTerm#id()}, {@link DeadlineReport#id()}): public output. */
final class TermIds {
    private TermIds() {}

    static final String DECISION = "decision";
    static final String BORDER_DECISION = "border-decision";
    static final String APPEAL_PERIOD = "appeal-period";
    static final String COURT_DECISION = "court-decision";
    static final String FURTHER_APPEAL_PERIOD = "further-appeal-period";
    static final String FURTHER_COURT_DECISION = "further-appeal-court-decision";
    static final String OBJECTION_PERIOD = "objection-period";
    static final String OBJECTION_DECISION = "objection-decision";
    static final String NAREIS_APPLICATION = "nareis-application";
    static final String MVV_COLLECTION = "mvv-collection";
    static final String MVV_ENTRY = "mvv-entry";
    static final String DEPARTURE_PERIOD = "departure-period";
    static final String ENTRY_BAN = "entry-ban";
}
