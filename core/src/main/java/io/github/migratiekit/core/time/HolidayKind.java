package io.github.migratiekit.core.time;

/** Why a day is not a working day under a calendar, besides being a Saturday or Sunday. */
public enum HolidayKind {
    /** A generally recognised holiday listed in the law itself (Atw art. 3(1)). */
    STATUTORY,
    /** A day the law equates with the holidays (Good Friday, Atw art. 3(2)). */
    EQUATED_BY_LAW,
    /** A day equated with the holidays by royal decree (Atw art. 3(3)), published per year. */
    ROYAL_DECREE,
    /** A public holiday of another calendar, e.g. a Member State's calendar for Regulation 1182/71. */
    PUBLIC_HOLIDAY
}
