package io.github.migratiekit.eurules.dublin.testing;

import io.github.migratiekit.eurules.dublin.Applicant;
import io.github.migratiekit.eurules.dublin.Application;
import io.github.migratiekit.eurules.dublin.Departure;
import io.github.migratiekit.eurules.dublin.Dependency;
import io.github.migratiekit.eurules.dublin.Diploma;
import io.github.migratiekit.eurules.dublin.DiscretionaryDecision;
import io.github.migratiekit.eurules.dublin.DublinCase;
import io.github.migratiekit.eurules.dublin.DublinEvent;
import io.github.migratiekit.eurules.dublin.Entry;
import io.github.migratiekit.eurules.dublin.FamilyMember;
import io.github.migratiekit.eurules.dublin.JointApplicant;
import io.github.migratiekit.eurules.dublin.MemberState;
import io.github.migratiekit.eurules.dublin.PreviousApplication;
import io.github.migratiekit.eurules.dublin.Regime;
import io.github.migratiekit.eurules.dublin.ResidenceDocument;
import io.github.migratiekit.eurules.dublin.ResidencePeriod;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for the Dublin types, shipped in the eu-rules test-jar.
 *
 * <p>{@link #dublinCases(Knobs)} is the main entry: choose the regime (by drawing registration dates in its range),
 * adults, minors or both, and which kinds of fact appear. Every generated case is valid (dates consistent, no
 * conflicting facts: applications in one State a day, at most one irregular crossing a day, no overlapping residence periods, replies after their
 * requests, a best-interests State where family is legally present), so properties can focus on the rules.
 */
public final class DublinGenerators {
    private DublinGenerators() {}

    /** Kinds of fact a generated case may contain. */
    public enum Fact {
        /** Earlier applications. */
        PREVIOUS_APPLICATIONS,
        /** Family members and relatives. */
        FAMILY_MEMBERS,
        /** Residence documents and visas. */
        DOCUMENTS,
        /** Entries. */
        ENTRIES,
        /** Continuous residence periods. */
        RESIDENCE_PERIODS,
        /** Departures from the territory. */
        DEPARTURES,
        /** Diplomas. */
        DIPLOMAS,
        /** Dependency relations. */
        DEPENDENCIES,
        /** Discretionary decisions. */
        DISCRETIONARY_DECISIONS,
        /** Joint applicants (family procedure). */
        JOINT_APPLICANTS,
        /** Procedure events. */
        EVENTS
    }

    /** Which applicants to generate. */
    public enum Age {
        /** Adults only. */
        ADULTS,
        /** Unaccompanied minors only. */
        UNACCOMPANIED_MINORS,
        /** Adults, accompanied and unaccompanied minors. */
        ANY
    }

    /**
     * The knobs of {@link #dublinCases(Knobs)}.
     *
     * @param regime the regime whose registration dates are drawn; empty for both
     * @param age which applicants
     * @param facts which kinds of fact may appear
     * @param maxPerList the largest number of facts of one kind
     */
    public record Knobs(Optional<Regime> regime, Age age, Set<Fact> facts, int maxPerList) {
        /** Copies the set. */
        public Knobs {
            facts = facts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(facts);
        }

        /**
         * Every fact, both regimes, any applicant, up to three facts of a kind.
         *
         * @return the default knobs
         */
        public static Knobs all() {
            return new Knobs(Optional.empty(), Age.ANY, EnumSet.allOf(Fact.class), 3);
        }

        /**
         * Returns a copy for one regime.
         *
         * @param r the regime
         * @return the knobs
         */
        public Knobs regime(Regime r) {
            return new Knobs(Optional.of(r), age, facts, maxPerList);
        }

        /**
         * Returns a copy for some applicants.
         *
         * @param a the applicants
         * @return the knobs
         */
        public Knobs age(Age a) {
            return new Knobs(regime, a, facts, maxPerList);
        }

        /**
         * Returns a copy with only these facts.
         *
         * @param f the facts
         * @return the knobs
         */
        public Knobs only(Fact... f) {
            return new Knobs(
                    regime,
                    age,
                    f.length == 0 ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(Arrays.asList(f)),
                    maxPerList);
        }

        /**
         * Returns a copy without some facts.
         *
         * @param f the facts to leave out
         * @return the knobs
         */
        public Knobs without(Fact... f) {
            EnumSet<Fact> s = EnumSet.allOf(Fact.class);
            s.retainAll(facts);
            Arrays.asList(f).forEach(s::remove);
            return new Knobs(regime, age, s, maxPerList);
        }
    }

    /** The first day of Dublin III (art. 49). */
    private static final LocalDate DUBLIN_III_FROM = LocalDate.of(2014, 1, 1);

    /** States bound today (the United Kingdom left in 2020). A small pool makes collisions, and tie-breaks, likely. */
    private static final List<MemberState> POOL = List.of(
            MemberState.NL,
            MemberState.DE,
            MemberState.BE,
            MemberState.IT,
            MemberState.GR,
            MemberState.FR,
            MemberState.ES,
            MemberState.AT,
            MemberState.PL,
            MemberState.CH);

    /**
     * Member States (bound since 2021), from a pool of ten so that collisions are common.
     *
     * @return the generator
     */
    public static Gen<MemberState> memberStates() {
        return Generate.pick(POOL);
    }

    /**
     * Days between two dates, both included.
     *
     * @param from first day
     * @param to last day
     * @return the generator
     */
    public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return SourceDSL.longs().between(0, span).map(from::plusDays);
    }

    /**
     * Registration dates in a regime's range (Dublin III 2015–2026-06-30, AMMR 2026-07-01–2028).
     *
     * @param regime the regime, or empty for both
     * @return the generator
     */
    public static Gen<LocalDate> registrationDates(Optional<Regime> regime) {
        LocalDate from = regime.map(r -> r == Regime.AMMR ? Regime.AMMR_FROM : LocalDate.of(2015, 1, 1))
                .orElse(LocalDate.of(2015, 1, 1));
        LocalDate to = regime.map(r -> r == Regime.AMMR ? LocalDate.of(2028, 12, 31) : LocalDate.of(2026, 6, 30))
                .orElse(LocalDate.of(2028, 12, 31));
        return dates(from, to);
    }

    /**
     * Generated cases with every kind of fact, both regimes and any applicant.
     *
     * @return the generator
     */
    public static Gen<DublinCase> dublinCases() {
        return dublinCases(Knobs.all());
    }

    /**
     * Generated cases with the given knobs.
     *
     * @param k the knobs
     * @return the generator
     */
    public static Gen<DublinCase> dublinCases(Knobs k) {
        Gen<MemberState> st = memberStates();
        Gen<Boolean> bool = SourceDSL.booleans().all();
        Gen<Integer> count = SourceDSL.integers().between(0, k.maxPerList());
        Gen<LocalDate> regs = registrationDates(k.regime());
        return in -> {
            LocalDate reg = regs.generate(in);
            Applicant applicant = applicants(k.age(), reg).generate(in);
            Application application = new Application(st.generate(in), reg, bool.generate(in));
            DublinCase.Builder b = DublinCase.builder(applicant, application);
            LocalDate early = reg.minusYears(4);
            Gen<LocalDate> around = dates(early, reg.plusMonths(6));
            if (k.facts().contains(Fact.PREVIOUS_APPLICATIONS)) {
                int n = count.generate(in);
                java.util.Map<LocalDate, MemberState> stateOn = new java.util.HashMap<>();
                stateOn.put(reg, application.state());
                for (int i = 0; i < n; i++) {
                    PreviousApplication p = previousApplications(reg).generate(in);
                    // one State a day: applications in two States on the same day would conflict
                    MemberState there = stateOn.putIfAbsent(p.lodgedOn(), p.state());
                    if (there == null || there == p.state()) {
                        b.previousApplication(p);
                    }
                }
            }
            List<MemberState> familyPresentIn = new java.util.ArrayList<>();
            if (k.facts().contains(Fact.FAMILY_MEMBERS)) {
                int n = count.generate(in);
                for (int i = 0; i < n; i++) {
                    FamilyMember m = familyMember(st, bool, around, reg).generate(in);
                    b.familyMember(m);
                    if (m.status().legallyPresent()) {
                        familyPresentIn.add(m.state());
                    }
                }
            }
            if (k.facts().contains(Fact.DOCUMENTS)) {
                int n = count.generate(in);
                for (int i = 0; i < n; i++) {
                    b.document(document(st, bool, around).generate(in));
                }
            }
            if (k.facts().contains(Fact.ENTRIES)) {
                int n = count.generate(in);
                Set<LocalDate> irregularDays = new java.util.HashSet<>();
                for (int i = 0; i < n; i++) {
                    Entry e = entries(reg).generate(in);
                    // at most one irregular crossing or disembarkation a day: two would conflict
                    if (!irregular(e) || irregularDays.add(e.date())) {
                        b.entry(e);
                    }
                }
            }
            if (k.facts().contains(Fact.RESIDENCE_PERIODS)) {
                int n = count.generate(in);
                List<ResidencePeriod> kept = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ResidencePeriod p = residencePeriods(reg).generate(in);
                    // continuous residence in one place at a time: overlapping periods would conflict
                    if (kept.stream().noneMatch(q -> overlap(p, q))) {
                        kept.add(p);
                        b.residencePeriod(p);
                    }
                }
            }
            if (k.facts().contains(Fact.DEPARTURES)) {
                int n = SourceDSL.integers()
                        .between(0, Math.min(1, k.maxPerList()))
                        .generate(in);
                for (int i = 0; i < n; i++) {
                    b.departure(departures(reg).generate(in));
                }
            }
            if (k.facts().contains(Fact.DIPLOMAS)) {
                int n = count.generate(in);
                for (int i = 0; i < n; i++) {
                    b.diploma(diplomas(reg).generate(in));
                }
            }
            if (k.facts().contains(Fact.DEPENDENCIES) && bool.generate(in) && bool.generate(in)) {
                b.dependency(dependencies().generate(in));
            }
            if (k.facts().contains(Fact.DISCRETIONARY_DECISIONS) && bool.generate(in) && bool.generate(in)) {
                b.discretionaryDecision(discretionaryDecisions(reg).generate(in));
            }
            if (k.facts().contains(Fact.JOINT_APPLICANTS) && bool.generate(in)) {
                int n = count.generate(in);
                for (int i = 0; i < n; i++) {
                    b.jointApplicant(jointApplicants(reg).generate(in));
                }
            }
            if (k.facts().contains(Fact.EVENTS)) {
                events(reg, st, bool).generate(in).forEach(b::event);
            }
            if (bool.generate(in) && bool.generate(in)) {
                // the assessment chooses among the States where family is legally present, if there are any
                b.bestInterestsState(
                        familyPresentIn.isEmpty()
                                ? st.generate(in)
                                : Generate.pick(familyPresentIn).generate(in));
            }
            if (bool.generate(in) && bool.generate(in)) {
                b.acceptedByOtherStateOn(dates(reg, reg.plusMonths(3)).generate(in));
            }
            return b.build();
        };
    }

    /**
     * Tells whether an entry is an irregular crossing or a disembarkation after search and rescue: a case holds at
     * most one of those a day.
     *
     * @param e the entry
     * @return true for {@code IRREGULAR_CROSSING} and {@code SEARCH_AND_RESCUE_DISEMBARKATION}
     */
    public static boolean irregular(Entry e) {
        return e.kind() == Entry.Kind.IRREGULAR_CROSSING || e.kind() == Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION;
    }

    /**
     * Tells whether two residence periods share a day: a case holds no such pair.
     *
     * @param a one period
     * @param b another
     * @return true if they overlap
     */
    public static boolean overlap(ResidencePeriod a, ResidencePeriod b) {
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }

    /**
     * Family members present somewhere between four years before and six months after the registration.
     *
     * @param st the States
     * @param bool booleans
     * @param presentSince the dates
     * @param reg the registration date (evidence dates are drawn after it)
     * @return the generator
     */
    public static Gen<FamilyMember> familyMember(
            Gen<MemberState> st, Gen<Boolean> bool, Gen<LocalDate> presentSince, LocalDate reg) {
        return in -> {
            LocalDate since = presentSince.generate(in);
            Optional<LocalDate> evidence = bool.generate(in)
                    ? Optional.of(dates(reg, reg.plusMonths(4)).generate(in))
                    : Optional.empty();
            return new FamilyMember(
                    Generate.enumValues(FamilyMember.Relation.class).generate(in),
                    st.generate(in),
                    Generate.enumValues(FamilyMember.Status.class).generate(in),
                    since,
                    Generate.enumValues(FamilyMember.Formed.class).generate(in),
                    bool.generate(in) || bool.generate(in),
                    bool.generate(in),
                    evidence);
        };
    }

    /**
     * Residence documents and visas.
     *
     * @param st the States
     * @param bool booleans
     * @param validFrom the first days
     * @return the generator
     */
    public static Gen<ResidenceDocument> document(Gen<MemberState> st, Gen<Boolean> bool, Gen<LocalDate> validFrom) {
        return in -> {
            LocalDate from = validFrom.generate(in);
            ResidenceDocument.Kind kind =
                    Generate.enumValues(ResidenceDocument.Kind.class).generate(in);
            int days = kind.isVisa()
                    ? SourceDSL.integers().between(0, 365).generate(in)
                    : SourceDSL.integers().between(30, 1900).generate(in);
            return new ResidenceDocument(
                    st.generate(in),
                    kind,
                    from,
                    from.plusDays(days),
                    kind.isVisa() && bool.generate(in) && bool.generate(in)
                            ? Optional.of(st.generate(in))
                            : Optional.empty(),
                    bool.generate(in) || bool.generate(in),
                    Generate.enumValues(ResidenceDocument.Fraud.class).generate(in));
        };
    }

    /**
     * A plausible sequence of procedure events after a registration: an optional hit, a request or notification,
     * sometimes a reply, appeal, detention, imprisonment, absconding, transfer, humanitarian request, departure.
     *
     * @param reg the registration date
     * @param st the States
     * @param bool booleans
     * @return the generator of event lists
     */
    public static Gen<List<DublinEvent>> events(LocalDate reg, Gen<MemberState> st, Gen<Boolean> bool) {
        return in -> {
            java.util.ArrayList<DublinEvent> out = new java.util.ArrayList<>();
            Gen<Integer> gap = SourceDSL.integers().between(0, 120);
            LocalDate t = reg;
            if (bool.generate(in)) {
                t = t.plusDays(gap.generate(in));
                out.add(DublinEvent.of(
                        Generate.pick(List.of(
                                        DublinEvent.Kind.EURODAC_HIT_ENTRY,
                                        DublinEvent.Kind.EURODAC_HIT_APPLICATION,
                                        DublinEvent.Kind.VIS_HIT,
                                        DublinEvent.Kind.AWARE_OF_OTHER_STATE))
                                .generate(in),
                        t));
            }
            if (bool.generate(in) && bool.generate(in)) {
                out.add(DublinEvent.of(DublinEvent.Kind.DETENTION, t.plusDays(gap.generate(in) / 10)));
            }
            if (bool.generate(in) || bool.generate(in)) {
                t = t.plusDays(gap.generate(in));
                DublinEvent.Kind kind = Generate.pick(List.of(
                                DublinEvent.Kind.TAKE_CHARGE_REQUEST,
                                DublinEvent.Kind.URGENT_TAKE_CHARGE_REQUEST,
                                DublinEvent.Kind.TAKE_BACK_REQUEST,
                                DublinEvent.Kind.TAKE_BACK_NOTIFICATION))
                        .generate(in);
                Optional<Period> within = kind == DublinEvent.Kind.URGENT_TAKE_CHARGE_REQUEST
                        ? Optional.of(Period.ofDays(
                                SourceDSL.integers().between(7, 30).generate(in)))
                        : Optional.empty();
                out.add(new DublinEvent(kind, t, Optional.of(st.generate(in)), within));
                if (bool.generate(in)) {
                    t = t.plusDays(gap.generate(in) / 2);
                    out.add(DublinEvent.of(
                            bool.generate(in) || bool.generate(in)
                                    ? DublinEvent.Kind.ACCEPTED
                                    : DublinEvent.Kind.REJECTED,
                            t));
                }
                for (DublinEvent.Kind later : List.of(
                        DublinEvent.Kind.TRANSFER_DECISION,
                        DublinEvent.Kind.APPEAL_FINAL_DECISION,
                        DublinEvent.Kind.IMPRISONMENT,
                        DublinEvent.Kind.ABSCONDING,
                        DublinEvent.Kind.TRANSFERRED)) {
                    if (bool.generate(in) && bool.generate(in)) {
                        out.add(DublinEvent.of(
                                later,
                                t.plusDays(SourceDSL.integers().between(0, 300).generate(in))));
                    }
                }
            }
            if (bool.generate(in) && bool.generate(in)) {
                LocalDate h = reg.plusDays(gap.generate(in));
                out.add(DublinEvent.of(DublinEvent.Kind.HUMANITARIAN_REQUEST, h, st.generate(in)));
                if (bool.generate(in)) {
                    out.add(DublinEvent.of(DublinEvent.Kind.HUMANITARIAN_REPLY, h.plusDays(gap.generate(in))));
                }
            }
            if (bool.generate(in) && bool.generate(in)) {
                LocalDate l = reg.plusDays(gap.generate(in));
                out.add(DublinEvent.of(DublinEvent.Kind.LEFT_TERRITORY, l));
                if (bool.generate(in)) {
                    out.add(DublinEvent.of(DublinEvent.Kind.RETURNED_TO_TERRITORY, l.plusDays(gap.generate(in))));
                }
            }
            if (bool.generate(in) && bool.generate(in)) {
                out.add(DublinEvent.of(
                        DublinEvent.Kind.BORDER_PROCEDURE_REJECTION_FINAL, reg.plusDays(gap.generate(in))));
            }
            return List.copyOf(out);
        };
    }

    /**
     * Earlier applications lodged up to two years before a registration, never before 2014-01-01 (earlier ones fell
     * under Dublin II, which is not encoded).
     *
     * @param reg the registration of the application being determined
     * @return the generator
     */
    public static Gen<PreviousApplication> previousApplications(LocalDate reg) {
        LocalDate from = reg.minusYears(2).isBefore(DUBLIN_III_FROM) ? DUBLIN_III_FROM : reg.minusYears(2);
        return in -> PreviousApplication.of(
                memberStates().generate(in),
                dates(from, reg).generate(in),
                Generate.enumValues(PreviousApplication.Status.class).generate(in));
    }

    /**
     * Entries of every kind up to three years before a registration.
     *
     * @param reg the registration
     * @return the generator
     */
    public static Gen<Entry> entries(LocalDate reg) {
        return in -> new Entry(
                memberStates().generate(in),
                dates(reg.minusYears(3), reg).generate(in),
                Generate.enumValues(Entry.Kind.class).generate(in),
                SourceDSL.booleans().all().generate(in));
    }

    /**
     * Residence periods of up to 400 days starting in the four years before a registration.
     *
     * @param reg the registration
     * @return the generator
     */
    public static Gen<ResidencePeriod> residencePeriods(LocalDate reg) {
        return in -> {
            LocalDate from = dates(reg.minusYears(4), reg).generate(in);
            return ResidencePeriod.of(
                    memberStates().generate(in),
                    from,
                    from.plusDays(SourceDSL.integers().between(0, 400).generate(in)));
        };
    }

    /**
     * Departures of 1 to 200 days in the four years before a registration, a quarter under a return decision.
     *
     * @param reg the registration
     * @return the generator
     */
    public static Gen<Departure> departures(LocalDate reg) {
        Gen<Boolean> bool = SourceDSL.booleans().all();
        return in -> {
            LocalDate left = dates(reg.minusYears(4), reg).generate(in);
            return new Departure(
                    left,
                    Optional.of(
                            left.plusDays(SourceDSL.integers().between(1, 200).generate(in))),
                    bool.generate(in) && bool.generate(in));
        };
    }

    /**
     * Diplomas issued up to eight years before a registration, after 6 to 60 months of study.
     *
     * @param reg the registration
     * @return the generator
     */
    public static Gen<Diploma> diplomas(LocalDate reg) {
        return in -> Diploma.of(
                memberStates().generate(in),
                dates(reg.minusYears(8), reg).generate(in),
                SourceDSL.integers().between(6, 60).generate(in));
    }

    /**
     * Dependency relations, each condition met or not at random.
     *
     * @return the generator
     */
    public static Gen<Dependency> dependencies() {
        Gen<Boolean> bool = SourceDSL.booleans().all();
        return in -> new Dependency(
                Generate.enumValues(Dependency.Relation.class).generate(in),
                memberStates().generate(in),
                bool.generate(in),
                Generate.enumValues(Dependency.Ground.class).generate(in),
                bool.generate(in),
                bool.generate(in),
                bool.generate(in),
                bool.generate(in) && bool.generate(in));
    }

    /**
     * Discretionary decisions in the three months after a registration.
     *
     * @param reg the registration
     * @return the generator
     */
    public static Gen<DiscretionaryDecision> discretionaryDecisions(LocalDate reg) {
        return in -> DiscretionaryDecision.of(
                Generate.enumValues(DiscretionaryDecision.Kind.class).generate(in),
                memberStates().generate(in),
                dates(reg, reg.plusMonths(3)).generate(in));
    }

    /**
     * Family members applying together, of any age up to 70.
     *
     * @param reg the registration
     * @return the generator
     */
    public static Gen<JointApplicant> jointApplicants(LocalDate reg) {
        return in -> JointApplicant.of(
                dates(reg.minusYears(70), reg).generate(in), memberStates().generate(in));
    }

    /**
     * Applicants of an age group at a registration date.
     *
     * @param age adults, unaccompanied minors or any
     * @param reg the registration
     * @return the generator
     */
    public static Gen<Applicant> applicants(Age age, LocalDate reg) {
        Gen<Boolean> bool = SourceDSL.booleans().all();
        return in -> {
            boolean minor =
                    switch (age) {
                        case ADULTS -> false;
                        case UNACCOMPANIED_MINORS -> true;
                        case ANY -> bool.generate(in);
                    };
            LocalDate dob = minor
                    ? dates(reg.minusYears(17), reg.minusYears(8)).generate(in)
                    : dates(reg.minusYears(70), reg.minusYears(19)).generate(in);
            boolean unaccompanied = minor && (age == Age.UNACCOMPANIED_MINORS || bool.generate(in));
            return Applicant.of(
                    dob,
                    Generate.pick(List.of("SY", "AF", "ER", "CO", "STATELESS")).generate(in),
                    unaccompanied);
        };
    }

    /**
     * Applications in the pool of States registered in a regime's range.
     *
     * @param regime the regime, or empty for both
     * @return the generator
     */
    public static Gen<Application> applications(Optional<Regime> regime) {
        Gen<Boolean> bool = SourceDSL.booleans().all();
        return in -> new Application(
                memberStates().generate(in), registrationDates(regime).generate(in), bool.generate(in));
    }

    /**
     * Determinations of generated cases (cases that need an assessment the facts lack are drawn again).
     *
     * @param k the knobs of the cases
     * @return the generator
     */
    public static Gen<io.github.migratiekit.eurules.dublin.DublinResult> results(Knobs k) {
        Gen<DublinCase> cases = dublinCases(k);
        return in -> {
            while (true) {
                try {
                    return io.github.migratiekit.eurules.dublin.Dublin.determine(cases.generate(in));
                } catch (io.github.migratiekit.eurules.dublin.IndeterminateResponsibilityException e) {
                    // draw another case
                }
            }
        };
    }

    /**
     * Time-limit reports of generated cases with events, on a day up to 900 days after the registration.
     *
     * @param k the knobs of the cases (events are always included)
     * @return the generator of reports
     */
    public static Gen<List<io.github.migratiekit.eurules.dublin.TimeLimit>> timeLimits(Knobs k) {
        EnumSet<Fact> facts = EnumSet.of(Fact.EVENTS);
        facts.addAll(k.facts());
        Gen<DublinCase> cases = dublinCases(new Knobs(k.regime(), k.age(), facts, k.maxPerList()));
        Gen<Integer> days = SourceDSL.integers().between(0, 900);
        return in -> {
            DublinCase c = cases.generate(in);
            return io.github.migratiekit.eurules.dublin.DublinTimeline.of(c)
                    .on(c.application().registeredOn().plusDays(days.generate(in)));
        };
    }
}
