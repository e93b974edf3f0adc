package io.github.migratiekit.core.procedure;

/** The kinds of event, with the name used as {@code "type"} in the event JSON. */
public enum EventType {
    /** {@link ProcedureEvent.ApplicationLodged}. */
    APPLICATION_LODGED("application-lodged"),
    /** {@link ProcedureEvent.Registered}. */
    REGISTERED("registered"),
    /** {@link ProcedureEvent.RestAndPreparationStarted}. */
    REST_AND_PREPARATION_STARTED("rest-and-preparation-started"),
    /** {@link ProcedureEvent.TrackAssigned}. */
    TRACK_ASSIGNED("track-assigned"),
    /** {@link ProcedureEvent.TrackChanged}. */
    TRACK_CHANGED("track-changed"),
    /** {@link ProcedureEvent.IntentionIssued}. */
    INTENTION_ISSUED("intention-issued"),
    /** {@link ProcedureEvent.ViewSubmitted}. */
    VIEW_SUBMITTED("view-submitted"),
    /** {@link ProcedureEvent.CompletionRequested}. */
    COMPLETION_REQUESTED("completion-requested"),
    /** {@link ProcedureEvent.ApplicationCompleted}. */
    APPLICATION_COMPLETED("application-completed"),
    /** {@link ProcedureEvent.DecisionPeriodSuspended}. */
    DECISION_PERIOD_SUSPENDED("decision-period-suspended"),
    /** {@link ProcedureEvent.DecisionPeriodExtended}. */
    DECISION_PERIOD_EXTENDED("decision-period-extended"),
    /** {@link ProcedureEvent.Decided}. */
    DECIDED("decided"),
    /** {@link ProcedureEvent.ObjectionLodged}. */
    OBJECTION_LODGED("objection-lodged"),
    /** {@link ProcedureEvent.ObjectionDecided}. */
    OBJECTION_DECIDED("objection-decided"),
    /** {@link ProcedureEvent.AppealLodged}. */
    APPEAL_LODGED("appeal-lodged"),
    /** {@link ProcedureEvent.AppealDecided}. */
    APPEAL_DECIDED("appeal-decided"),
    /** {@link ProcedureEvent.FurtherAppealLodged}. */
    FURTHER_APPEAL_LODGED("further-appeal-lodged"),
    /** {@link ProcedureEvent.FurtherAppealDecided}. */
    FURTHER_APPEAL_DECIDED("further-appeal-decided"),
    /** {@link ProcedureEvent.SideIntake}. */
    SIDE_INTAKE("side-intake"),
    /** {@link ProcedureEvent.BorderApplicationLodged}. */
    BORDER_APPLICATION_LODGED("border-application-lodged"),
    /** {@link ProcedureEvent.AdmittedToRegularProcedure}. */
    ADMITTED_TO_REGULAR_PROCEDURE("admitted-to-regular-procedure"),
    /** {@link ProcedureEvent.SponsorAsylumGranted}. */
    SPONSOR_ASYLUM_GRANTED("sponsor-asylum-granted"),
    /** {@link ProcedureEvent.MvvIssued}. */
    MVV_ISSUED("mvv-issued"),
    /** {@link ProcedureEvent.MvvCollected}. */
    MVV_COLLECTED("mvv-collected"),
    /** {@link ProcedureEvent.Entered}. */
    ENTERED("entered"),
    /** {@link ProcedureEvent.PermitGranted}. */
    PERMIT_GRANTED("permit-granted"),
    /** {@link ProcedureEvent.CeremonyAttended}. */
    CEREMONY_ATTENDED("ceremony-attended"),
    /** {@link ProcedureEvent.ReturnDecisionIssued}. */
    RETURN_DECISION_ISSUED("return-decision-issued"),
    /** {@link ProcedureEvent.EntryBanImposed}. */
    ENTRY_BAN_IMPOSED("entry-ban-imposed"),
    /** {@link ProcedureEvent.Departed}. */
    DEPARTED("departed");

    private final String jsonName;

    EventType(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * Returns the name used in JSON.
     *
     * @return e.g. {@code "appeal-lodged"}
     */
    public String jsonName() {
        return jsonName;
    }
}
