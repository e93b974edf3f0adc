package io.github.migratiekit.core.procedure;

import static io.github.migratiekit.core.procedure.Phase.DEPARTED;
import static io.github.migratiekit.core.procedure.Phase.NOT_STARTED;
import static io.github.migratiekit.core.procedure.Phase.RETURN_DECISION_ISSUED;
import static io.github.migratiekit.core.procedure.TermIds.DEPARTURE_PERIOD;
import static io.github.migratiekit.core.procedure.TermIds.ENTRY_BAN;

import io.github.migratiekit.core.procedure.ProcedureEvent.EntryBanImposed;
import io.github.migratiekit.core.procedure.ProcedureEvent.ReturnDecisionIssued;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Return and departure (Vw 2000 art. 61–66a): the return decision with its departure period (four weeks, or shorter
 * on a ground of art. 62(2)), an entry ban imposed with it, and the departure, from which the entry ban runs (CJEU
 * C-225/16 Ouhrami).
 */
final class DepartureProcedure {
    private DepartureProcedure() {}

    private static final String MUST_HAVE_LEFT =
            "The person must have left the Netherlands; after this day removal" + " may follow.";

    static final Machine MACHINE = Machine.builder(ProcedureKind.DEPARTURE)
            // each row: phase, event, [only when], next phase, legal basis, effect
            .on(
                    NOT_STARTED,
                    EventType.RETURN_DECISION_ISSUED,
                    RETURN_DECISION_ISSUED,
                    ProcedureSources.VW_62_1,
                    DepartureProcedure::returnDecision)
            .on(
                    RETURN_DECISION_ISSUED,
                    EventType.ENTRY_BAN_IMPOSED,
                    s -> s.entryBan().isEmpty(),
                    RETURN_DECISION_ISSUED,
                    ProcedureSources.VW_66A,
                    DepartureProcedure::entryBan)
            .on(
                    RETURN_DECISION_ISSUED,
                    EventType.DEPARTED,
                    DEPARTED,
                    ProcedureSources.VW_62_1,
                    DepartureProcedure::departed)
            .build();

    private static void returnDecision(Draft d) {
        ReturnDecisionIssued e = (ReturnDecisionIssued) d.event();
        LocalDate date = d.date();
        d.step(date + ": return decision issued.", d.source());
        if (e.shortenedToDays().isPresent() && e.shorteningGround().isPresent()) {
            int days = e.shortenedToDays().get();
            DepartureShortening g = e.shorteningGround().get();
            if (days == 0) {
                d.step("The person must leave immediately: " + g.dutchLabel() + ".", g.source());
            } else {
                d.add(RunningTerm.explicit(
                        DEPARTURE_PERIOD,
                        "shortened departure period",
                        date,
                        Period.ofDays(days),
                        g.source(),
                        Optional.empty(),
                        MUST_HAVE_LEFT,
                        ProcedureSources.VW_63));
                d.step("The departure period is shortened to " + days + " days: " + g.dutchLabel() + ".", g.source());
            }
        } else {
            d.add(RunningTerm.ofRule(
                    d.rules(), DEPARTURE_PERIOD, "departure", date, MUST_HAVE_LEFT, ProcedureSources.VW_63));
        }
    }

    private static void entryBan(Draft d) {
        EntryBanImposed b = (EntryBanImposed) d.event();
        d.entryBan = Optional.of(b);
        d.step(
                d.date() + ": " + b.ground().dutchLabel() + " of " + b.length() + " imposed with the return decision;"
                        + " it runs from the day of departure.",
                b.ground().source());
    }

    private static void departed(Draft d) {
        d.stop(DEPARTURE_PERIOD, d.date());
        d.step(d.date() + ": the person left the Netherlands.", d.source());
        Optional<EntryBanImposed> ban = d.before().entryBan();
        if (ban.isPresent()) {
            EntryBanImposed b = ban.get();
            d.add(RunningTerm.explicit(
                    ENTRY_BAN,
                    b.ground().dutchLabel(),
                    d.date(),
                    b.length(),
                    b.ground().source(),
                    Optional.of(ProcedureSources.OUHRAMI),
                    "The entry ban has ended: the person may enter again if the entry conditions are met.",
                    b.ground().source()));
        }
    }
}
