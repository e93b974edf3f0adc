package io.github.migratiekit.core.procedure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.time.ExtensionBasis;
import io.github.migratiekit.core.time.SuspensionGround;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * An event in a procedure: something that happened on a day. Events are immutable values; the state of a case is the
 * fold of its events ({@link Procedures#fold}).
 *
 * <p>JSON: an object with a {@code "type"} (the {@link EventType#jsonName()}, e.g. {@code "appeal-lodged"}), a {@code
 * "date"} and the fields of the event; see {@code docs/permits-and-procedures.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProcedureEvent.ApplicationLodged.class, name = "application-lodged"),
    @JsonSubTypes.Type(value = ProcedureEvent.Registered.class, name = "registered"),
    @JsonSubTypes.Type(value = ProcedureEvent.RestAndPreparationStarted.class, name = "rest-and-preparation-started"),
    @JsonSubTypes.Type(value = ProcedureEvent.TrackAssigned.class, name = "track-assigned"),
    @JsonSubTypes.Type(value = ProcedureEvent.TrackChanged.class, name = "track-changed"),
    @JsonSubTypes.Type(value = ProcedureEvent.IntentionIssued.class, name = "intention-issued"),
    @JsonSubTypes.Type(value = ProcedureEvent.ViewSubmitted.class, name = "view-submitted"),
    @JsonSubTypes.Type(value = ProcedureEvent.CompletionRequested.class, name = "completion-requested"),
    @JsonSubTypes.Type(value = ProcedureEvent.ApplicationCompleted.class, name = "application-completed"),
    @JsonSubTypes.Type(value = ProcedureEvent.DecisionPeriodSuspended.class, name = "decision-period-suspended"),
    @JsonSubTypes.Type(value = ProcedureEvent.DecisionPeriodExtended.class, name = "decision-period-extended"),
    @JsonSubTypes.Type(value = ProcedureEvent.Decided.class, name = "decided"),
    @JsonSubTypes.Type(value = ProcedureEvent.ObjectionLodged.class, name = "objection-lodged"),
    @JsonSubTypes.Type(value = ProcedureEvent.ObjectionDecided.class, name = "objection-decided"),
    @JsonSubTypes.Type(value = ProcedureEvent.AppealLodged.class, name = "appeal-lodged"),
    @JsonSubTypes.Type(value = ProcedureEvent.AppealDecided.class, name = "appeal-decided"),
    @JsonSubTypes.Type(value = ProcedureEvent.FurtherAppealLodged.class, name = "further-appeal-lodged"),
    @JsonSubTypes.Type(value = ProcedureEvent.FurtherAppealDecided.class, name = "further-appeal-decided"),
    @JsonSubTypes.Type(value = ProcedureEvent.SideIntake.class, name = "side-intake"),
    @JsonSubTypes.Type(value = ProcedureEvent.BorderApplicationLodged.class, name = "border-application-lodged"),
    @JsonSubTypes.Type(value = ProcedureEvent.AdmittedToRegularProcedure.class, name = "admitted-to-regular-procedure"),
    @JsonSubTypes.Type(value = ProcedureEvent.SponsorAsylumGranted.class, name = "sponsor-asylum-granted"),
    @JsonSubTypes.Type(value = ProcedureEvent.MvvIssued.class, name = "mvv-issued"),
    @JsonSubTypes.Type(value = ProcedureEvent.MvvCollected.class, name = "mvv-collected"),
    @JsonSubTypes.Type(value = ProcedureEvent.Entered.class, name = "entered"),
    @JsonSubTypes.Type(value = ProcedureEvent.PermitGranted.class, name = "permit-granted"),
    @JsonSubTypes.Type(value = ProcedureEvent.CeremonyAttended.class, name = "ceremony-attended"),
    @JsonSubTypes.Type(value = ProcedureEvent.ReturnDecisionIssued.class, name = "return-decision-issued"),
    @JsonSubTypes.Type(value = ProcedureEvent.EntryBanImposed.class, name = "entry-ban-imposed"),
    @JsonSubTypes.Type(value = ProcedureEvent.Departed.class, name = "departed")
})
public sealed interface ProcedureEvent
        permits ProcedureEvent.ApplicationLodged,
                ProcedureEvent.Registered,
                ProcedureEvent.RestAndPreparationStarted,
                ProcedureEvent.TrackAssigned,
                ProcedureEvent.TrackChanged,
                ProcedureEvent.IntentionIssued,
                ProcedureEvent.ViewSubmitted,
                ProcedureEvent.CompletionRequested,
                ProcedureEvent.ApplicationCompleted,
                ProcedureEvent.DecisionPeriodSuspended,
                ProcedureEvent.DecisionPeriodExtended,
                ProcedureEvent.Decided,
                ProcedureEvent.ObjectionLodged,
                ProcedureEvent.ObjectionDecided,
                ProcedureEvent.AppealLodged,
                ProcedureEvent.AppealDecided,
                ProcedureEvent.FurtherAppealLodged,
                ProcedureEvent.FurtherAppealDecided,
                ProcedureEvent.SideIntake,
                ProcedureEvent.BorderApplicationLodged,
                ProcedureEvent.AdmittedToRegularProcedure,
                ProcedureEvent.SponsorAsylumGranted,
                ProcedureEvent.MvvIssued,
                ProcedureEvent.MvvCollected,
                ProcedureEvent.Entered,
                ProcedureEvent.PermitGranted,
                ProcedureEvent.CeremonyAttended,
                ProcedureEvent.ReturnDecisionIssued,
                ProcedureEvent.EntryBanImposed,
                ProcedureEvent.Departed {

    /**
     * Returns the day the event happened.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * Returns the kind of event.
     *
     * @return the type
     */
    EventType eventType();

    /**
     * The applicant was registered (identification, fingerprints) on {@code date}.
     *
     * @param date the day
     */
    record Registered(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Registered {
            Checks.nonNull(date, "registered.date");
        }

        @Override
        public EventType eventType() {
            return EventType.REGISTERED;
        }
    }

    /**
     * The rest and preparation period (rust- en voorbereidingstermijn) started.
     *
     * @param date the day
     */
    record RestAndPreparationStarted(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public RestAndPreparationStarted {
            Checks.nonNull(date, "restAndPreparationStarted.date");
        }

        @Override
        public EventType eventType() {
            return EventType.REST_AND_PREPARATION_STARTED;
        }
    }

    /**
     * The IND issued its intention (voornemen) to reject.
     *
     * @param date the day
     */
    record IntentionIssued(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public IntentionIssued {
            Checks.nonNull(date, "intentionIssued.date");
        }

        @Override
        public EventType eventType() {
            return EventType.INTENTION_ISSUED;
        }
    }

    /**
     * The applicant submitted a view (zienswijze) on the intention.
     *
     * @param date the day
     */
    record ViewSubmitted(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public ViewSubmitted {
            Checks.nonNull(date, "viewSubmitted.date");
        }

        @Override
        public EventType eventType() {
            return EventType.VIEW_SUBMITTED;
        }
    }

    /**
     * The authority asked the applicant to complete the application (Awb art. 4:5); the decision period is suspended
     * from the next day.
     *
     * @param date the day
     */
    record CompletionRequested(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public CompletionRequested {
            Checks.nonNull(date, "completionRequested.date");
        }

        @Override
        public EventType eventType() {
            return EventType.COMPLETION_REQUESTED;
        }
    }

    /**
     * The application was completed, or the period set for it expired unused; the suspension ends on {@code date}.
     *
     * @param date the day
     */
    record ApplicationCompleted(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public ApplicationCompleted {
            Checks.nonNull(date, "applicationCompleted.date");
        }

        @Override
        public EventType eventType() {
            return EventType.APPLICATION_COMPLETED;
        }
    }

    /**
     * An objection (bezwaar) was lodged.
     *
     * @param date the day
     */
    record ObjectionLodged(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public ObjectionLodged {
            Checks.nonNull(date, "objectionLodged.date");
        }

        @Override
        public EventType eventType() {
            return EventType.OBJECTION_LODGED;
        }
    }

    /**
     * An appeal (beroep) was lodged with the district court.
     *
     * @param date the day
     */
    record AppealLodged(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public AppealLodged {
            Checks.nonNull(date, "appealLodged.date");
        }

        @Override
        public EventType eventType() {
            return EventType.APPEAL_LODGED;
        }
    }

    /**
     * A further appeal (hoger beroep) was lodged with the Council of State.
     *
     * @param date the day
     */
    record FurtherAppealLodged(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public FurtherAppealLodged {
            Checks.nonNull(date, "furtherAppealLodged.date");
        }

        @Override
        public EventType eventType() {
            return EventType.FURTHER_APPEAL_LODGED;
        }
    }

    /**
     * Border procedure: the applicant was admitted to the territory and to the regular asylum procedure.
     *
     * @param date the day
     */
    record AdmittedToRegularProcedure(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public AdmittedToRegularProcedure {
            Checks.nonNull(date, "admittedToRegularProcedure.date");
        }

        @Override
        public EventType eventType() {
            return EventType.ADMITTED_TO_REGULAR_PROCEDURE;
        }
    }

    /**
     * Nareis: the sponsor's asylum permit was granted; the three-month period for the nareis application starts.
     *
     * @param date the day
     */
    record SponsorAsylumGranted(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public SponsorAsylumGranted {
            Checks.nonNull(date, "sponsorAsylumGranted.date");
        }

        @Override
        public EventType eventType() {
            return EventType.SPONSOR_ASYLUM_GRANTED;
        }
    }

    /**
     * Nareis: the positive decision on the mvv was notified; the three-month collection period starts.
     *
     * @param date the day
     */
    record MvvIssued(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public MvvIssued {
            Checks.nonNull(date, "mvvIssued.date");
        }

        @Override
        public EventType eventType() {
            return EventType.MVV_ISSUED;
        }
    }

    /**
     * Nareis: the mvv sticker was collected (issued) at the post; the 90-day entry period starts.
     *
     * @param date the day
     */
    record MvvCollected(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public MvvCollected {
            Checks.nonNull(date, "mvvCollected.date");
        }

        @Override
        public EventType eventType() {
            return EventType.MVV_COLLECTED;
        }
    }

    /**
     * Nareis: the family member entered the Netherlands.
     *
     * @param date the day
     */
    record Entered(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Entered {
            Checks.nonNull(date, "entered.date");
        }

        @Override
        public EventType eventType() {
            return EventType.ENTERED;
        }
    }

    /**
     * Nareis: the derived asylum permit (Vw 2000 art. 29(2)) was granted.
     *
     * @param date the day
     */
    record PermitGranted(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public PermitGranted {
            Checks.nonNull(date, "permitGranted.date");
        }

        @Override
        public EventType eventType() {
            return EventType.PERMIT_GRANTED;
        }
    }

    /**
     * Naturalisation: the applicant attended the ceremony and made the declaration of solidarity.
     *
     * @param date the day
     */
    record CeremonyAttended(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public CeremonyAttended {
            Checks.nonNull(date, "ceremonyAttended.date");
        }

        @Override
        public EventType eventType() {
            return EventType.CEREMONY_ATTENDED;
        }
    }

    /**
     * Departure: the person left the Netherlands (and the territory of the Member States).
     *
     * @param date the day
     */
    record Departed(LocalDate date) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Departed {
            Checks.nonNull(date, "departed.date");
        }

        @Override
        public EventType eventType() {
            return EventType.DEPARTED;
        }
    }

    /**
     * An application was lodged (received): asylum, nareis, regular or naturalisation.
     *
     * @param date the day the application was received
     * @param purpose the purpose of stay applied for (regular); selects the decision period
     * @param withMvv regular: whether the applicant applies with an mvv (TEV procedure); empty when not stated
     */
    record ApplicationLodged(LocalDate date, Optional<StayPurpose> purpose, Optional<Boolean> withMvv)
            implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day the application was received
         * @param purpose the purpose of stay applied for (regular); selects the decision period
         * @param withMvv regular: whether the applicant applies with an mvv (TEV procedure); empty when not stated
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public ApplicationLodged {
            Checks.nonNull(date, "applicationLodged.date");
            Checks.nonNull(purpose, "applicationLodged.purpose");
            Checks.nonNull(withMvv, "applicationLodged.withMvv");
        }
        /**
         * Creates the event without purpose.
         *
         * @param date the day
         * @return the event
         */
        public static ApplicationLodged on(LocalDate date) {
            return new ApplicationLodged(date, Optional.empty(), Optional.empty());
        }

        @Override
        public EventType eventType() {
            return EventType.APPLICATION_LODGED;
        }
    }

    /**
     * Asylum: the case was assigned to a track.
     *
     * @param date the day
     * @param track the track
     */
    record TrackAssigned(LocalDate date, Track track) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @param track the track
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public TrackAssigned {
            Checks.nonNull(date, "trackAssigned.date");
            Checks.nonNull(track, "trackAssigned.track");
        }

        @Override
        public EventType eventType() {
            return EventType.TRACK_ASSIGNED;
        }
    }

    /**
     * Asylum: the case moved to another track (spoorwissel).
     *
     * @param date the day
     * @param track the new track
     */
    record TrackChanged(LocalDate date, Track track) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @param track the new track
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public TrackChanged {
            Checks.nonNull(date, "trackChanged.date");
            Checks.nonNull(track, "trackChanged.track");
        }

        @Override
        public EventType eventType() {
            return EventType.TRACK_CHANGED;
        }
    }

    /**
     * The decision period was suspended from {@code date} to {@code until}, both included (Awb art. 4:15).
     *
     * @param date the first suspended day
     * @param until the last suspended day, on or after {@code date}
     * @param ground the ground of Awb art. 4:15 on which the period was suspended
     */
    record DecisionPeriodSuspended(LocalDate date, LocalDate until, SuspensionGround ground) implements ProcedureEvent {
        /**
         * Validates the period.
         *
         * @param date the first suspended day
         * @param until the last suspended day, on or after {@code date}
         * @param ground the ground of Awb art. 4:15 on which the period was suspended
         * @throws InvalidEventException if {@code until} is before {@code date}
         */
        public DecisionPeriodSuspended {
            Checks.nonNull(date, "decisionPeriodSuspended.date");
            Checks.nonNull(until, "decisionPeriodSuspended.until");
            Checks.nonNull(ground, "decisionPeriodSuspended.ground");
            if (until.isBefore(date)) {
                throw new InvalidEventException("until", until + " is before the first suspended day " + date);
            }
        }

        @Override
        public EventType eventType() {
            return EventType.DECISION_PERIOD_SUSPENDED;
        }
    }

    /**
     * The decision period was extended on {@code date} (notified before it ended, Awb art. 4:14).
     *
     * @param date the day the extension was decided and notified
     * @param length the extension
     * @param basis the legal basis, which limits the length
     */
    record DecisionPeriodExtended(LocalDate date, Period length, ExtensionBasis basis) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day the extension was decided and notified
         * @param length the extension
         * @param basis the legal basis, which limits the length
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public DecisionPeriodExtended {
            Checks.nonNull(date, "decisionPeriodExtended.date");
            Checks.nonNull(length, "decisionPeriodExtended.length");
            Checks.nonNull(basis, "decisionPeriodExtended.basis");
        }

        @Override
        public EventType eventType() {
            return EventType.DECISION_PERIOD_EXTENDED;
        }
    }

    /**
     * A first-instance decision was taken and announced.
     *
     * <p>An adverse asylum decision should state its legal {@code ground}, which sets the appeal period (Vw 2000 art.
     * 69): one week for a decision under art. 30, 30a, 30b or 30c whatever the track, or for a rejection within the
     * days of the general asylum procedure; four weeks otherwise. Without it the ground follows from the outcome where
     * the outcome fixes it; for a plain rejection it is assumed from the track, and the explanation and the appeal
     * period's warnings say so. JSON: {@code "ground"} may be left out.
     *
     * @param date the day the decision was announced (bekendgemaakt)
     * @param outcome the outcome
     * @param ground the legal ground of an adverse asylum decision, when known; it must fit the outcome
     */
    record Decided(LocalDate date, Outcome outcome, Optional<DecisionGround> ground) implements ProcedureEvent {
        /**
         * Validates the ground.
         *
         * @param date the day the decision was announced (bekendgemaakt)
         * @param outcome the outcome
         * @param ground the legal ground of an adverse asylum decision, when known; it must fit the outcome
         * @throws InvalidEventException if the ground does not fit the outcome
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public Decided {
            Checks.nonNull(date, "decided.date");
            Checks.nonNull(outcome, "decided.outcome");
            Checks.nonNull(ground, "decided.ground");
            if (ground.isPresent() && ground.get().outcome() != outcome) {
                throw new InvalidEventException(
                        "ground",
                        ground.get() + " (" + ground.get().dutchLabel() + ") is a ground of a "
                                + ground.get().outcome()
                                + " decision, not of " + outcome
                                + (DecisionGround.fitting(outcome).isEmpty()
                                        ? " (which has no ground)"
                                        : "; fitting: " + DecisionGround.fitting(outcome)));
            }
        }

        /**
         * Creates a decision without a stated ground.
         *
         * @param date the day the decision was announced (bekendgemaakt)
         * @param outcome the outcome
         */
        public Decided(LocalDate date, Outcome outcome) {
            this(date, outcome, Optional.empty());
        }

        /**
         * Creates an adverse asylum decision with its ground; the outcome is the ground's.
         *
         * @param date the day the decision was announced (bekendgemaakt)
         * @param ground the legal ground
         * @return the event
         */
        public static Decided on(LocalDate date, DecisionGround ground) {
            Checks.nonNull(ground, "decided.ground");
            return new Decided(date, ground.outcome(), Optional.of(ground));
        }

        @Override
        public EventType eventType() {
            return EventType.DECIDED;
        }
    }

    /**
     * The objection was decided.
     *
     * @param date the day the decision on the objection was announced
     * @param ruling the result
     */
    record ObjectionDecided(LocalDate date, Ruling ruling) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day the decision on the objection was announced
         * @param ruling the result
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public ObjectionDecided {
            Checks.nonNull(date, "objectionDecided.date");
            Checks.nonNull(ruling, "objectionDecided.ruling");
        }

        @Override
        public EventType eventType() {
            return EventType.OBJECTION_DECIDED;
        }
    }

    /**
     * The district court ruled on the appeal.
     *
     * @param date the day of the judgment
     * @param ruling the result
     */
    record AppealDecided(LocalDate date, Ruling ruling) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day of the judgment
         * @param ruling the result
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public AppealDecided {
            Checks.nonNull(date, "appealDecided.date");
            Checks.nonNull(ruling, "appealDecided.ruling");
        }

        @Override
        public EventType eventType() {
            return EventType.APPEAL_DECIDED;
        }
    }

    /**
     * The Council of State ruled on the further appeal.
     *
     * @param date the day of the judgment
     * @param ruling the result
     */
    record FurtherAppealDecided(LocalDate date, Ruling ruling) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day of the judgment
         * @param ruling the result
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public FurtherAppealDecided {
            Checks.nonNull(date, "furtherAppealDecided.date");
            Checks.nonNull(ruling, "furtherAppealDecided.ruling");
        }

        @Override
        public EventType eventType() {
            return EventType.FURTHER_APPEAL_DECIDED;
        }
    }

    /**
     * Asylum: a decided case was taken up again (zij-instroom) in a track.
     *
     * @param date the day
     * @param reason why
     * @param track the track it is handled in now
     */
    record SideIntake(LocalDate date, SideIntakeReason reason, Track track) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day
         * @param reason why
         * @param track the track it is handled in now
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public SideIntake {
            Checks.nonNull(date, "sideIntake.date");
            Checks.nonNull(reason, "sideIntake.reason");
            Checks.nonNull(track, "sideIntake.track");
        }

        @Override
        public EventType eventType() {
            return EventType.SIDE_INTAKE;
        }
    }

    /**
     * Border procedure: an asylum application was lodged at the external border and the applicant is in border
     * detention.
     *
     * @param date the day the application was lodged
     * @param unaccompaniedMinor true for an unaccompanied minor, who is never in the border procedure
     */
    record BorderApplicationLodged(LocalDate date, boolean unaccompaniedMinor) implements ProcedureEvent {

        /**
         * Refuses a {@code null} value.
         *
         * @param date the day the application was lodged
         * @param unaccompaniedMinor true for an unaccompanied minor, who is never in the border procedure
         * @throws io.github.migratiekit.core.InvalidInputException if a value is {@code null}
         */
        public BorderApplicationLodged {
            Checks.nonNull(date, "borderApplicationLodged.date");
        }

        @Override
        public EventType eventType() {
            return EventType.BORDER_APPLICATION_LODGED;
        }
    }

    /**
     * Departure: a return decision (terugkeerbesluit) was issued, with the ordinary four-week departure period or a
     * shortened one.
     *
     * @param date the day the return decision was issued
     * @param shortenedToDays the shortened departure period in days (0: leave immediately), 0 to 27
     * @param shorteningGround the ground for shortening; present exactly when {@code shortenedToDays} is
     */
    record ReturnDecisionIssued(
            LocalDate date, Optional<Integer> shortenedToDays, Optional<DepartureShortening> shorteningGround)
            implements ProcedureEvent {
        /**
         * Validates the shortening.
         *
         * @param date the day the return decision was issued
         * @param shortenedToDays the shortened departure period in days (0: leave immediately), 0 to 27
         * @param shorteningGround the ground for shortening; present exactly when {@code shortenedToDays} is
         * @throws InvalidEventException if only one of the two is given, or the days are out of range
         */
        public ReturnDecisionIssued {
            Checks.nonNull(date, "returnDecisionIssued.date");
            Checks.nonNull(shortenedToDays, "returnDecisionIssued.shortenedToDays");
            Checks.nonNull(shorteningGround, "returnDecisionIssued.shorteningGround");
            if (shortenedToDays.isPresent() != shorteningGround.isPresent()) {
                throw new InvalidEventException(
                        "shorteningGround",
                        "a shortened departure period needs a ground of Vw 2000 art. 62(2), and a ground needs the"
                                + " shortened period");
            }
            if (shortenedToDays.isPresent() && (shortenedToDays.get() < 0 || shortenedToDays.get() > 27)) {
                throw new InvalidEventException(
                        "shortenedToDays",
                        "must be 0 to 27 days (shorter than four weeks), was " + shortenedToDays.get());
            }
        }

        /**
         * Creates a return decision with the ordinary departure period.
         *
         * @param date the day
         * @return the event
         */
        public static ReturnDecisionIssued on(LocalDate date) {
            return new ReturnDecisionIssued(date, Optional.empty(), Optional.empty());
        }

        @Override
        public EventType eventType() {
            return EventType.RETURN_DECISION_ISSUED;
        }
    }

    /**
     * Departure: an entry ban was imposed together with the return decision; it runs from the day of departure.
     *
     * @param date the day it was imposed
     * @param length its length, in years and months, positive and at most the ground's maximum
     * @param ground the ground of the ban, which sets its longest length (Vw 2000 art. 66a)
     */
    record EntryBanImposed(LocalDate date, Period length, EntryBanGround ground) implements ProcedureEvent {
        /**
         * Validates the length.
         *
         * @param date the day it was imposed
         * @param length its length, in years and months, positive and at most the ground's maximum
         * @param ground the ground of the ban, which sets its longest length (Vw 2000 art. 66a)
         * @throws InvalidEventException if the length has days, is not positive, or exceeds the ground's maximum
         */
        public EntryBanImposed {
            Checks.nonNull(date, "entryBanImposed.date");
            Checks.nonNull(length, "entryBanImposed.length");
            Checks.nonNull(ground, "entryBanImposed.ground");
            if (length.getDays() != 0 || length.isNegative() || length.isZero()) {
                throw new InvalidEventException(
                        "length", "must be a positive number of years and months, was " + length);
            }
            if (length.toTotalMonths() > ground.maximum().toTotalMonths()) {
                throw new InvalidEventException(
                        "length",
                        length + " is longer than the " + ground.maximum() + " a " + ground.dutchLabel() + " may last ("
                                + ground.source().citation() + ")");
            }
        }

        @Override
        public EventType eventType() {
            return EventType.ENTRY_BAN_IMPOSED;
        }
    }
}
