package io.github.migratiekit.core.procedure;

/** The phases a case can be in; which phases a kind of procedure uses is documented on the phase. */
public enum Phase {
    /** No event yet. */
    NOT_STARTED("nog niet gestart"),
    /** Asylum: the sponsor's asylum permit was granted; the nareis application may be lodged (nareis). */
    SPONSOR_GRANTED("asielvergunning referent verleend"),
    /** The application was lodged (all kinds but departure). */
    LODGED("aanvraag ingediend"),
    /** Asylum: registered (identification, fingerprints). */
    REGISTERED("geregistreerd"),
    /** Asylum: the rest and preparation period (rust- en voorbereidingstermijn). */
    REST_AND_PREPARATION("rust- en voorbereidingstermijn"),
    /** Asylum: handled in a track. */
    IN_TRACK("in behandeling in een spoor"),
    /** Asylum: the intention to reject (voornemen) was issued. */
    INTENTION_ISSUED("voornemen uitgebracht"),
    /** Asylum: the applicant submitted a view (zienswijze) on the intention. */
    VIEW_SUBMITTED("zienswijze ingediend"),
    /** Regular, nareis, naturalisation: the applicant was asked to complete the application (Awb art. 4:5). */
    AWAITING_COMPLETION("verzoek om aanvulling"),
    /** A first-instance decision was taken. */
    DECIDED("besluit genomen"),
    /** An objection (bezwaar) was lodged. */
    OBJECTION_LODGED("bezwaar ingediend"),
    /** The objection was decided. */
    OBJECTION_DECIDED("beslissing op bezwaar"),
    /** An appeal (beroep) was lodged with the district court. */
    APPEAL_LODGED("beroep ingesteld"),
    /** The district court ruled. */
    APPEAL_DECIDED("uitspraak rechtbank"),
    /** A further appeal (hoger beroep) was lodged with the Council of State. */
    FURTHER_APPEAL_LODGED("hoger beroep ingesteld"),
    /** The Council of State ruled. */
    FURTHER_APPEAL_DECIDED("uitspraak Afdeling bestuursrechtspraak"),
    /** Nareis: the mvv was issued (the positive decision notified). */
    MVV_ISSUED("mvv verleend"),
    /** Nareis: the mvv sticker was collected at the post. */
    MVV_COLLECTED("mvv opgehaald"),
    /** Nareis: the family member entered the Netherlands. */
    ENTERED("ingereisd"),
    /** Nareis: the derived asylum permit was granted. */
    PERMIT_GRANTED("afgeleide asielvergunning verleend"),
    /** Naturalisation: the ceremony was attended; the applicant is Dutch. */
    NATURALISED("genaturaliseerd"),
    /** Departure: a return decision was issued. */
    RETURN_DECISION_ISSUED("terugkeerbesluit uitgevaardigd"),
    /** Departure: the person left. */
    DEPARTED("vertrokken");

    private final String dutchLabel;

    Phase(String dutchLabel) {
        this.dutchLabel = dutchLabel;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "voornemen uitgebracht"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }
}
