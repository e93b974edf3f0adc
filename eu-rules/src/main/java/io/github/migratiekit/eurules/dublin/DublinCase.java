package io.github.migratiekit.eurules.dublin;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of a Dublin case: the applicant, the application, and every dated fact the criteria and time limits use.
 *
 * <p>Immutable and thread-safe; lists are copied. Read one from JSON with {@code Json.read(text, DublinCase.class)}
 * (lists may be left out; {@code docs/dublin.md} documents the form). Facts dated after the first application are
 * kept but ignored by the criteria (Dublin III art. 7(2)), except family evidence under art. 7(3).
 *
 * @param applicant the applicant: date of birth, nationality, and whether an unaccompanied minor
 * @param application the application being determined
 * @param previousApplications earlier applications in Member States
 * @param familyMembers family members and relatives in Member States
 * @param documents residence documents and visas
 * @param entries entries into the territory, disembarkations, relocations
 * @param residencePeriods continuous residence in a Member State
 * @param departures departures from the territory of the Member States
 * @param diplomas diplomas and qualifications (AMMR art. 30)
 * @param dependencies dependency relations (Dublin III art. 16, AMMR art. 34)
 * @param discretionaryDecisions decisions under the discretionary clauses
 * @param jointApplicants family members applying together in the same State (Dublin III art. 11)
 * @param bestInterestsState the State a best-interests assessment chose for an unaccompanied minor (Dublin III art.
 *     8(3), AMMR art. 25(4)–(5)), if one was made
 * @param acceptedByOtherStateOn the day another State accepted a take-charge or take-back request (ends the
 *     family-evidence window of art. 7(3)), if it did; when empty, the first {@code ACCEPTED} event is used
 * @param events the dated steps of the procedure, for {@link DublinTimeline}
 */
public record DublinCase(
        Applicant applicant,
        Application application,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<PreviousApplication> previousApplications,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<FamilyMember> familyMembers,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<ResidenceDocument> documents,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<Entry> entries,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<ResidencePeriod> residencePeriods,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<Departure> departures,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<Diploma> diplomas,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<Dependency> dependencies,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<DiscretionaryDecision> discretionaryDecisions,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<JointApplicant> jointApplicants,
        Optional<MemberState> bestInterestsState,
        Optional<LocalDate> acceptedByOtherStateOn,
        @JsonSetter(nulls = Nulls.AS_EMPTY) List<DublinEvent> events) {

    /** The first day Dublin III governs (art. 49); earlier applications fell under Dublin II. */
    private static final LocalDate DUBLIN_III_FROM = LocalDate.of(2014, 1, 1);

    /**
     * Validates the case and copies the lists.
     *
     * @param applicant the applicant: date of birth, nationality, and whether an unaccompanied minor
     * @param application the application being determined
     * @param previousApplications earlier applications in Member States
     * @param familyMembers family members and relatives in Member States
     * @param documents residence documents and visas
     * @param entries entries into the territory, disembarkations, relocations
     * @param residencePeriods continuous residence in a Member State
     * @param departures departures from the territory of the Member States
     * @param diplomas diplomas and qualifications (AMMR art. 30)
     * @param dependencies dependency relations (Dublin III art. 16, AMMR art. 34)
     * @param discretionaryDecisions decisions under the discretionary clauses
     * @param jointApplicants family members applying together in the same State (Dublin III art. 11)
     * @param bestInterestsState the State a best-interests assessment chose for an unaccompanied minor (Dublin III art.
     *     8(3), AMMR art. 25(4)–(5)), if one was made
     * @param acceptedByOtherStateOn the day another State accepted a take-charge or take-back request (ends the
     *     family-evidence window of art. 7(3)), if it did; when empty, the first {@code ACCEPTED} event is used
     * @param events the dated steps of the procedure, for {@link DublinTimeline}
     * @throws InvalidCaseException if the application was registered before the applicant's birth or before
     *     2014-01-01, an earlier application is dated before birth, before 2014-01-01 (Dublin II, not encoded) or
     *     after the registration, or the State of the application was not bound by the Dublin rules on the
     *     registration date
     * @throws ConflictingFactsException if two facts cannot both be true or leave the answer to a choice: two
     *     irregular crossings or disembarkations on the same day, overlapping residence periods, a best-interests
     *     State where no family member is legally present while one is elsewhere, a reply before the first request,
     *     an acceptance and a rejection on the same day, or a Eurodac hit before the application it concerns
     */
    public DublinCase {
        Checks.nonNull(applicant, "dublinCase.applicant");
        Checks.nonNull(application, "dublinCase.application");
        Checks.nonNull(previousApplications, "dublinCase.previousApplications");
        Checks.nonNull(familyMembers, "dublinCase.familyMembers");
        Checks.nonNull(documents, "dublinCase.documents");
        Checks.nonNull(entries, "dublinCase.entries");
        Checks.nonNull(residencePeriods, "dublinCase.residencePeriods");
        Checks.nonNull(departures, "dublinCase.departures");
        Checks.nonNull(diplomas, "dublinCase.diplomas");
        Checks.nonNull(dependencies, "dublinCase.dependencies");
        Checks.nonNull(discretionaryDecisions, "dublinCase.discretionaryDecisions");
        Checks.nonNull(jointApplicants, "dublinCase.jointApplicants");
        Checks.nonNull(bestInterestsState, "dublinCase.bestInterestsState");
        Checks.nonNull(acceptedByOtherStateOn, "dublinCase.acceptedByOtherStateOn");
        Checks.nonNull(events, "dublinCase.events");
        previousApplications = List.copyOf(previousApplications);
        familyMembers = List.copyOf(familyMembers);
        documents = List.copyOf(documents);
        entries = List.copyOf(entries);
        residencePeriods = List.copyOf(residencePeriods);
        departures = List.copyOf(departures);
        diplomas = List.copyOf(diplomas);
        dependencies = List.copyOf(dependencies);
        discretionaryDecisions = List.copyOf(discretionaryDecisions);
        jointApplicants = List.copyOf(jointApplicants);
        events = List.copyOf(events);
        LocalDate reg = application.registeredOn();
        if (reg.isBefore(applicant.dateOfBirth())) {
            throw new InvalidCaseException(
                    "application.registeredOn", "registered on " + reg + ", before the applicant's date of birth");
        }
        Regime.forRegistration(reg);
        if (!application.state().boundOn(reg)) {
            throw new UnknownMemberStateException(
                    "application.state",
                    application.state() + " was not bound by the Dublin rules on " + reg + " (bound until "
                            + application.state().boundUntil().orElseThrow() + ")");
        }
        for (int i = 0; i < previousApplications.size(); i++) {
            LocalDate d = previousApplications.get(i).lodgedOn();
            if (d.isBefore(applicant.dateOfBirth())) {
                throw new InvalidCaseException(
                        "previousApplications[" + i + "].lodgedOn", "lodged before the applicant's date of birth");
            }
            if (d.isBefore(DUBLIN_III_FROM)) {
                throw new InvalidCaseException(
                        "previousApplications[" + i + "].lodgedOn",
                        "lodged on " + d + ", before 2014-01-01: the State responsible for it was determined under"
                                + " Dublin II (Regulation (EC) No 343/2003; Dublin III art. 49), which Migratiekit does"
                                + " not encode, so it cannot tell how that application bears on this one");
            }
            if (!previousApplications.get(i).state().boundOn(d)) {
                throw new UnknownMemberStateException(
                        "previousApplications[" + i + "].state",
                        previousApplications.get(i).state() + " was not bound by the Dublin rules on " + d);
            }
            if (d.isAfter(reg)) {
                throw new InvalidCaseException(
                        "previousApplications[" + i + "].lodgedOn",
                        d + " is after the registration of the application being determined (" + reg + ")");
            }
        }
        CaseConsistency.check(
                application,
                previousApplications,
                familyMembers,
                entries,
                residencePeriods,
                bestInterestsState,
                events);
    }

    /**
     * Creates a case with only the applicant and the application: every list empty.
     *
     * @param applicant the applicant: date of birth, nationality, and whether an unaccompanied minor
     * @param application the application
     * @return the case
     * @throws InvalidCaseException if the dates are inconsistent
     */
    public static DublinCase of(Applicant applicant, Application application) {
        return builder(applicant, application).build();
    }

    /**
     * Returns a builder starting from the applicant and the application.
     *
     * @param applicant the applicant: date of birth, nationality, and whether an unaccompanied minor
     * @param application the application
     * @return a builder with every list empty
     */
    public static Builder builder(Applicant applicant, Application application) {
        Checks.nonNull(applicant, "applicant");
        Checks.nonNull(application, "application");
        return new Builder(applicant, application);
    }

    /**
     * Returns a builder holding the facts of this case, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(applicant, application);
        b.previousApplications.addAll(previousApplications);
        b.familyMembers.addAll(familyMembers);
        b.documents.addAll(documents);
        b.entries.addAll(entries);
        b.residencePeriods.addAll(residencePeriods);
        b.departures.addAll(departures);
        b.diplomas.addAll(diplomas);
        b.dependencies.addAll(dependencies);
        b.discretionaryDecisions.addAll(discretionaryDecisions);
        b.jointApplicants.addAll(jointApplicants);
        b.events.addAll(events);
        b.bestInterestsState = bestInterestsState;
        b.acceptedByOtherStateOn = acceptedByOtherStateOn;
        return b;
    }

    @Override
    public String toString() {
        return "DublinCase[" + application.state() + " " + application.registeredOn() + ", "
                + previousApplications.size() + " previous applications, " + familyMembers.size()
                + " family members, " + documents.size() + " documents, " + entries.size() + " entries]";
    }

    /** Collects the facts of a case; not thread-safe. */
    public static final class Builder {
        private Applicant applicant;
        private Application application;
        private final List<PreviousApplication> previousApplications = new ArrayList<>();
        private final List<FamilyMember> familyMembers = new ArrayList<>();
        private final List<ResidenceDocument> documents = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final List<ResidencePeriod> residencePeriods = new ArrayList<>();
        private final List<Departure> departures = new ArrayList<>();
        private final List<Diploma> diplomas = new ArrayList<>();
        private final List<Dependency> dependencies = new ArrayList<>();
        private final List<DiscretionaryDecision> discretionaryDecisions = new ArrayList<>();
        private final List<JointApplicant> jointApplicants = new ArrayList<>();
        private final List<DublinEvent> events = new ArrayList<>();
        private Optional<MemberState> bestInterestsState = Optional.empty();
        private Optional<LocalDate> acceptedByOtherStateOn = Optional.empty();

        private Builder(Applicant applicant, Application application) {
            this.applicant = applicant;
            this.application = application;
        }

        /**
         * Replaces the applicant.
         *
         * @param value the applicant
         * @return this builder
         */
        public Builder applicant(Applicant value) {
            Checks.nonNull(value, "dublinCase.applicant");
            applicant = value;
            return this;
        }

        /**
         * Replaces the application.
         *
         * @param value the application
         * @return this builder
         */
        public Builder application(Application value) {
            Checks.nonNull(value, "dublinCase.application");
            application = value;
            return this;
        }

        /**
         * Adds an earlier application.
         *
         * @param value the application
         * @return this builder
         */
        public Builder previousApplication(PreviousApplication value) {
            Checks.nonNull(value, "dublinCase.previousApplication");
            previousApplications.add(value);
            return this;
        }

        /**
         * Adds a family member or relative.
         *
         * @param value the person
         * @return this builder
         */
        public Builder familyMember(FamilyMember value) {
            Checks.nonNull(value, "dublinCase.familyMember");
            familyMembers.add(value);
            return this;
        }

        /**
         * Adds a residence document or visa.
         *
         * @param value the document
         * @return this builder
         */
        public Builder document(ResidenceDocument value) {
            Checks.nonNull(value, "dublinCase.document");
            documents.add(value);
            return this;
        }

        /**
         * Adds an entry.
         *
         * @param value the entry
         * @return this builder
         */
        public Builder entry(Entry value) {
            Checks.nonNull(value, "dublinCase.entry");
            entries.add(value);
            return this;
        }

        /**
         * Adds a residence period.
         *
         * @param value the period
         * @return this builder
         */
        public Builder residencePeriod(ResidencePeriod value) {
            Checks.nonNull(value, "dublinCase.residencePeriod");
            residencePeriods.add(value);
            return this;
        }

        /**
         * Adds a departure.
         *
         * @param value the departure
         * @return this builder
         */
        public Builder departure(Departure value) {
            Checks.nonNull(value, "dublinCase.departure");
            departures.add(value);
            return this;
        }

        /**
         * Adds a diploma.
         *
         * @param value the diploma
         * @return this builder
         */
        public Builder diploma(Diploma value) {
            Checks.nonNull(value, "dublinCase.diploma");
            diplomas.add(value);
            return this;
        }

        /**
         * Adds a dependency.
         *
         * @param value the dependency
         * @return this builder
         */
        public Builder dependency(Dependency value) {
            Checks.nonNull(value, "dublinCase.dependency");
            dependencies.add(value);
            return this;
        }

        /**
         * Adds a discretionary decision.
         *
         * @param value the decision
         * @return this builder
         */
        public Builder discretionaryDecision(DiscretionaryDecision value) {
            Checks.nonNull(value, "dublinCase.discretionaryDecision");
            discretionaryDecisions.add(value);
            return this;
        }

        /**
         * Adds a joint applicant.
         *
         * @param value the person
         * @return this builder
         */
        public Builder jointApplicant(JointApplicant value) {
            Checks.nonNull(value, "dublinCase.jointApplicant");
            jointApplicants.add(value);
            return this;
        }

        /**
         * Adds a procedure event.
         *
         * @param value the event
         * @return this builder
         */
        public Builder event(DublinEvent value) {
            Checks.nonNull(value, "dublinCase.event");
            events.add(value);
            return this;
        }

        /**
         * Sets the State chosen by a best-interests assessment.
         *
         * @param value the State
         * @return this builder
         */
        public Builder bestInterestsState(MemberState value) {
            Checks.nonNull(value, "dublinCase.bestInterestsState");
            bestInterestsState = Optional.of(value);
            return this;
        }

        /**
         * Sets the day another State accepted the request.
         *
         * @param value the day
         * @return this builder
         */
        public Builder acceptedByOtherStateOn(LocalDate value) {
            Checks.nonNull(value, "dublinCase.acceptedByOtherStateOn");
            acceptedByOtherStateOn = Optional.of(value);
            return this;
        }

        /**
         * Builds the case.
         *
         * @return the case
         * @throws InvalidCaseException if the facts are inconsistent
         */
        public DublinCase build() {
            return new DublinCase(
                    applicant,
                    application,
                    previousApplications,
                    familyMembers,
                    documents,
                    entries,
                    residencePeriods,
                    departures,
                    diplomas,
                    dependencies,
                    discretionaryDecisions,
                    jointApplicants,
                    bestInterestsState,
                    acceptedByOtherStateOn,
                    events);
        }
    }
}
