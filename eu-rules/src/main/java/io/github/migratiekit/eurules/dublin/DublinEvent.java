package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A dated step of the Dublin procedure, from which a time limit runs or by which one is met.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happened
 * @param date the day it happened
 * @param otherState the other Member State concerned (the requested or notified State); required for requests,
 *     notifications and humanitarian requests
 * @param replyWithin for an urgent take-charge request, the reply period the requesting State asked for (at least one
 *     week, Dublin III art. 21(2))
 */
public record DublinEvent(Kind kind, LocalDate date, Optional<MemberState> otherState, Optional<Period> replyWithin) {

    /**
     * Validates the event.
     *
     * @param kind what happened
     * @param date the day it happened
     * @param otherState the other Member State concerned (the requested or notified State); required for requests,
     *     notifications and humanitarian requests
     * @param replyWithin for an urgent take-charge request, the reply period the requesting State asked for (at least
     *     one week, Dublin III art. 21(2))
     * @throws InvalidCaseException if a request or notification has no other State, or an urgent request asks for a
     *     reply within less than one week
     */
    public DublinEvent {
        Checks.nonNull(kind, "dublinEvent.kind");
        Checks.nonNull(date, "dublinEvent.date");
        Checks.nonNull(otherState, "dublinEvent.otherState");
        Checks.nonNull(replyWithin, "dublinEvent.replyWithin");
        if (kind.needsOtherState() && otherState.isEmpty()) {
            throw new InvalidCaseException("event.otherState", kind + " needs the requested or notified State");
        }
        if (replyWithin.isPresent()) {
            Period p = replyWithin.get();
            if (kind != Kind.URGENT_TAKE_CHARGE_REQUEST) {
                throw new InvalidCaseException("event.replyWithin", "only an urgent take-charge request has one");
            }
            if (LocalDate.of(2000, 1, 1).plus(p).isBefore(LocalDate.of(2000, 1, 8))) {
                throw new InvalidCaseException(
                        "event.replyWithin",
                        "an urgent reply period must be at least one week (Dublin III art. 21(2)), was " + p);
            }
        }
    }

    /**
     * Creates an event without another State.
     *
     * @param kind the kind
     * @param date the day
     * @return the event
     * @throws InvalidCaseException if the kind needs another State
     */
    public static DublinEvent of(Kind kind, LocalDate date) {
        return new DublinEvent(kind, date, Optional.empty(), Optional.empty());
    }

    /**
     * Creates an event concerning another State.
     *
     * @param kind the kind
     * @param date the day
     * @param otherState the requested or notified State
     * @return the event
     */
    public static DublinEvent of(Kind kind, LocalDate date, MemberState otherState) {
        Checks.nonNull(kind, "kind");
        Checks.nonNull(date, "date");
        Checks.nonNull(otherState, "otherState");
        return new DublinEvent(kind, date, Optional.of(otherState), Optional.empty());
    }

    /** What happened. */
    public enum Kind {
        /** A Eurodac hit showing an irregular crossing (Dublin III art. 21(1), AMMR art. 39(1)). */
        EURODAC_HIT_ENTRY(false),
        /** A Eurodac hit showing an earlier application (Dublin III arts. 23(2), 24(2), AMMR art. 41(1)). */
        EURODAC_HIT_APPLICATION(false),
        /** A VIS hit (AMMR art. 39(1)). */
        VIS_HIT(false),
        /** The requesting State became aware that another State may be responsible for a person staying without a new
         * application (Dublin III art. 24(2)). */
        AWARE_OF_OTHER_STATE(false),
        /** A take-charge request was sent (and received the same day through DubliNet). */
        TAKE_CHARGE_REQUEST(true),
        /** An urgent take-charge request (Dublin III art. 21(2)). */
        URGENT_TAKE_CHARGE_REQUEST(true),
        /** A take-back request (Dublin III arts. 23, 24). */
        TAKE_BACK_REQUEST(true),
        /** A take-back notification (AMMR art. 41). */
        TAKE_BACK_NOTIFICATION(true),
        /** The requested State accepted the request or confirmed the notification. */
        ACCEPTED(false),
        /** The requested State refused. */
        REJECTED(false),
        /** The transfer decision was taken (AMMR art. 42(1)). */
        TRANSFER_DECISION(false),
        /** A final decision on an appeal or review against the transfer decision with suspensive effect. */
        APPEAL_FINAL_DECISION(false),
        /** The applicant was placed in detention (Dublin III art. 28, AMMR arts. 44–45). */
        DETENTION(false),
        /** The transfer could not be carried out because of imprisonment. */
        IMPRISONMENT(false),
        /** The applicant absconded (deliberately evaded the authorities, CJEU C-163/17 Jawo). */
        ABSCONDING(false),
        /** The transfer was carried out. */
        TRANSFERRED(false),
        /** A humanitarian request was sent (Dublin III art. 17(2)). */
        HUMANITARIAN_REQUEST(true),
        /** The reply to a humanitarian request. */
        HUMANITARIAN_REPLY(false),
        /** The applicant left the territory of the Member States (Dublin III art. 19(2)). */
        LEFT_TERRITORY(false),
        /** The applicant came back to the territory. */
        RETURNED_TO_TERRITORY(false),
        /** A rejection in the border procedure became final (AMMR art. 37(2)). */
        BORDER_PROCEDURE_REJECTION_FINAL(false);

        private final boolean needsOtherState;

        Kind(boolean needsOtherState) {
            this.needsOtherState = needsOtherState;
        }

        /**
         * Tells whether this kind of event concerns a requested or notified State.
         *
         * @return true for requests and notifications
         */
        public boolean needsOtherState() {
            return needsOtherState;
        }
    }
}
