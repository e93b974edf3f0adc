package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that make conflicting facts an error rather than a silent choice; run by the {@link DublinCase}
 * constructor, so that neither the builder nor JSON can produce a case that fails them. Package-private, stateless.
 *
 * <p>Each check names the two facts, the rule and its article. The readings, with their sources:
 *
 * <ul>
 *   <li>two earlier applications in different States on the same day, or one in another State on the day the
 *       application was registered: the first State where an application was lodged (Dublin III arts. 3(2), 7(2);
 *       AMMR art. 16(2)) cannot be told;
 *   <li>two irregular crossings (or disembarkations after search and rescue) on the same day: the first State
 *       entered (Dublin III art. 13(1), AMMR art. 33(1)) cannot be told. Under Dublin III a disembarkation is an
 *       irregular crossing by sea; under the AMMR art. 33(2) applies "notwithstanding" art. 33(1), with 12 months
 *       instead of 20, so a disembarkation and a crossing on the same day leave the rule to a choice (AMMR art. 33
 *       text checked, CELEX 32024R1351);
 *   <li>overlapping periods of continuous residence (Dublin III art. 13(2)): a person lives continuously in one place
 *       at a time;
 *   <li>a best-interests State that is not one where a family member, sibling or relative is legally present, when
 *       there is one: the assessment chooses among those States (Dublin III art. 8(3), AMMR art. 25(4)). With no such
 *       family member, the AMMR art. 25(5) assessment may choose another State, so the value is kept;
 *   <li>a reply dated before the first request (Dublin III arts. 22, 25; AMMR arts. 40, 41), a humanitarian reply
 *       before the first humanitarian request (Dublin III art. 17(2), AMMR art. 35(2)), and an acceptance and a
 *       rejection on the same day;
 *   <li>a Eurodac hit before the application it concerns: the hit comes from comparing the fingerprints taken for
 *       that application (Regulation (EU) No 603/2013 art. 9(1) and (3): transmitted after the lodging; Regulation (EU)
 *       2024/1358 art. 15(1)(a): taken upon registration). For a person staying without a new application (Dublin III
 *       art. 24), the hit shows an earlier application and cannot come before it.
 * </ul>
 *
 * <p>Texts read for these checks: AMMR art. 33(1)-(2) (CELEX 32024R1351, quoted in full by a secondary site:
 * secondary); Regulation (EU) No 603/2013 art. 9(1), (3) (CELEX 32013R0603: verified); Regulation (EU) 2024/1358
 * art. 15(1)(a)-(b) (CELEX 32024R1358, secondary quote). The other checks rest on the facts alone (one place a day,
 * a reply after its request).
 */
final class CaseConsistency {
    private static final Set<Entry.Kind> IRREGULAR =
            EnumSet.of(Entry.Kind.IRREGULAR_CROSSING, Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION);
    private static final Set<Kind> REQUESTS = EnumSet.of(
            Kind.TAKE_CHARGE_REQUEST,
            Kind.URGENT_TAKE_CHARGE_REQUEST,
            Kind.TAKE_BACK_REQUEST,
            Kind.TAKE_BACK_NOTIFICATION);
    private static final Set<Kind> REPLIES = EnumSet.of(Kind.ACCEPTED, Kind.REJECTED);
    private static final Set<Kind> HITS = EnumSet.of(Kind.EURODAC_HIT_ENTRY, Kind.EURODAC_HIT_APPLICATION);

    private CaseConsistency() {}

    /**
     * Checks a case's facts against each other.
     *
     * @throws ConflictingFactsException naming the first conflict found
     */
    static void check(
            Application application,
            List<PreviousApplication> previousApplications,
            List<FamilyMember> familyMembers,
            List<Entry> entries,
            List<ResidencePeriod> residencePeriods,
            Optional<MemberState> bestInterestsState,
            List<DublinEvent> events) {
        Regime regime = Regime.forRegistration(application.registeredOn());
        previousApplications(application, previousApplications, regime);
        entries(entries, regime);
        residencePeriods(residencePeriods);
        bestInterests(familyMembers, bestInterestsState, regime);
        boolean d3 = regime == Regime.DUBLIN_III;
        replies(
                events,
                REQUESTS,
                REPLIES,
                "request or notification",
                regime.displayName() + (d3 ? " arts. 22, 25" : " arts. 40, 41"));
        replies(
                events,
                EnumSet.of(Kind.HUMANITARIAN_REQUEST),
                EnumSet.of(Kind.HUMANITARIAN_REPLY),
                "humanitarian request",
                regime.displayName() + (d3 ? " art. 17(2)" : " art. 35(2)"));
        acceptedAndRejected(events, regime);
        hits(application, previousApplications, events, regime);
    }

    private static void previousApplications(
            Application application, List<PreviousApplication> previous, Regime regime) {
        String first =
                regime == Regime.DUBLIN_III ? "lodged (Dublin III arts. 3(2), 7(2))" : "registered (AMMR art. 16(2))";
        Map<LocalDate, Integer> firstOn = new HashMap<>();
        for (int j = 0; j < previous.size(); j++) {
            PreviousApplication b = previous.get(j);
            String rule = " on the same day, " + b.lodgedOn() + ": the first Member State where an application was "
                    + first + " cannot be told; give only the one that came first";
            if (b.lodgedOn().equals(application.registeredOn()) && b.state() != application.state()) {
                throw new ConflictingFactsException(
                        "previousApplications[" + j + "].lodgedOn",
                        "application.registeredOn",
                        "an earlier application in " + b.state() + " and the application in " + application.state()
                                + rule);
            }
            Integer i = firstOn.putIfAbsent(b.lodgedOn(), j);
            if (i != null && previous.get(i).state() != b.state()) {
                throw new ConflictingFactsException(
                        "previousApplications[" + j + "].lodgedOn",
                        "previousApplications[" + i + "].lodgedOn",
                        "earlier applications in " + previous.get(i).state() + " and " + b.state() + rule);
            }
        }
    }

    private static void entries(List<Entry> entries, Regime regime) {
        Map<LocalDate, Integer> firstOn = new HashMap<>();
        for (int j = 0; j < entries.size(); j++) {
            Entry b = entries.get(j);
            if (!IRREGULAR.contains(b.kind())) {
                continue;
            }
            Integer i = firstOn.putIfAbsent(b.date(), j);
            if (i == null) {
                continue;
            }
            Entry a = entries.get(i);
            String both = describe(a) + " and " + describe(b) + " on " + b.date();
            boolean mixed = a.kind() != b.kind();
            String rule;
            if (mixed && regime == Regime.AMMR) {
                rule = both + ": AMMR art. 33(2) (disembarkation, 12 months) applies notwithstanding art. 33(1)"
                        + " (irregular crossing, 20 months), and the two cannot both be the first entry; give only the"
                        + " one that came first";
            } else {
                rule = both + ": two irregular crossings on the same day"
                        + (mixed
                                ? " (under Dublin III a disembarkation after search and rescue is an irregular"
                                        + " crossing by sea)"
                                : "")
                        + ", so the first State entered (" + regime.displayName() + " "
                        + (regime == Regime.DUBLIN_III ? "art. 13(1)" : "art. 33(1)")
                        + ") cannot be told; give only the one that came first";
            }
            throw new ConflictingFactsException("entries[" + j + "].date", "entries[" + i + "].date", rule);
        }
    }

    private static String describe(Entry e) {
        return e.kind() == Entry.Kind.IRREGULAR_CROSSING
                ? "an irregular crossing into " + e.state()
                : "a disembarkation in " + e.state() + " after search and rescue";
    }

    private static void residencePeriods(List<ResidencePeriod> periods) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            order.add(i);
        }
        // by first day (a stable sort); once each period ends before the next one starts, none overlap
        order.sort(Comparator.comparing((Integer i) -> periods.get(i).from()));
        for (int k = 1; k < order.size(); k++) {
            int prev = order.get(k - 1);
            int j = order.get(k);
            ResidencePeriod a = periods.get(prev);
            ResidencePeriod b = periods.get(j);
            if (!a.to().isBefore(b.from())) {
                int first = Math.min(prev, j);
                int second = Math.max(prev, j);
                throw new ConflictingFactsException(
                        "residencePeriods[" + second + "]",
                        "residencePeriods[" + first + "]",
                        "continuous residence in " + a.state() + " from " + a.from() + " to " + a.to()
                                + " overlaps continuous residence in " + b.state() + " from " + b.from() + " to "
                                + b.to() + ": a person lives continuously in one place at a time (Dublin III art."
                                + " 13(2)); merge or correct the periods");
            }
        }
    }

    private static void bestInterests(List<FamilyMember> family, Optional<MemberState> best, Regime regime) {
        if (best.isEmpty()) {
            return;
        }
        Set<MemberState> present = new TreeSet<>();
        int firstPresent = -1;
        for (int i = 0; i < family.size(); i++) {
            if (family.get(i).status().legallyPresent()) {
                present.add(family.get(i).state());
                firstPresent = firstPresent < 0 ? i : firstPresent;
            }
        }
        if (!present.isEmpty() && !present.contains(best.get())) {
            throw new ConflictingFactsException(
                    "bestInterestsState",
                    "familyMembers[" + firstPresent + "].state",
                    best.get() + " is not a State where a family member, sibling or relative is legally present ("
                            + Dublin.states(present) + "): the best-interests assessment chooses among those States ("
                            + regime.displayName() + " " + (regime == Regime.DUBLIN_III ? "art. 8(3)" : "art. 25(4)")
                            + ")");
        }
    }

    private static void replies(
            List<DublinEvent> events, Set<Kind> requests, Set<Kind> replies, String what, String citation) {
        int first = -1;
        for (int i = 0; i < events.size(); i++) {
            DublinEvent e = events.get(i);
            if (requests.contains(e.kind())
                    && (first < 0 || e.date().isBefore(events.get(first).date()))) {
                first = i;
            }
        }
        if (first < 0) {
            return;
        }
        DublinEvent req = events.get(first);
        for (int j = 0; j < events.size(); j++) {
            DublinEvent e = events.get(j);
            if (replies.contains(e.kind()) && e.date().isBefore(req.date())) {
                throw new ConflictingFactsException(
                        "events[" + j + "].date",
                        "events[" + first + "].date",
                        "the reply " + e.kind() + " on " + e.date() + " is dated before the first " + what + " ("
                                + req.kind() + " on " + req.date() + "); a reply cannot come before its request ("
                                + citation + ")");
            }
        }
    }

    private static void acceptedAndRejected(List<DublinEvent> events, Regime regime) {
        Map<LocalDate, Integer> accepted = new HashMap<>();
        Map<LocalDate, Integer> rejected = new HashMap<>();
        for (int j = 0; j < events.size(); j++) {
            DublinEvent e = events.get(j);
            if (!REPLIES.contains(e.kind())) {
                continue;
            }
            Map<LocalDate, Integer> same = e.kind() == Kind.ACCEPTED ? accepted : rejected;
            Map<LocalDate, Integer> other = e.kind() == Kind.ACCEPTED ? rejected : accepted;
            same.putIfAbsent(e.date(), j);
            Integer i = other.get(e.date());
            if (i != null) {
                throw new ConflictingFactsException(
                        "events[" + j + "].date",
                        "events[" + i + "].date",
                        "the requested State both accepted and rejected on " + e.date() + "; which reply counts"
                                + " decides whether the transfer period runs (" + regime.displayName() + " "
                                + (regime == Regime.DUBLIN_III ? "arts. 22(7), 25(2), 29(1)" : "arts. 40, 41, 46(1)")
                                + "); give only the reply that stands");
            }
        }
    }

    private static void hits(
            Application application, List<PreviousApplication> previous, List<DublinEvent> events, Regime regime) {
        boolean noNewApplication = events.stream().anyMatch(e -> e.kind() == Kind.AWARE_OF_OTHER_STATE);
        int earliest = -1;
        for (int i = 0; i < previous.size(); i++) {
            if (earliest < 0
                    || previous.get(i)
                            .lodgedOn()
                            .isBefore(previous.get(earliest).lodgedOn())) {
                earliest = i;
            }
        }
        for (int j = 0; j < events.size(); j++) {
            DublinEvent e = events.get(j);
            if (!HITS.contains(e.kind())) {
                continue;
            }
            if (!noNewApplication && e.date().isBefore(application.registeredOn())) {
                throw new ConflictingFactsException(
                        "events[" + j + "].date",
                        "application.registeredOn",
                        "the " + e.kind() + " on " + e.date() + " is dated before the application it concerns was "
                                + (regime == Regime.DUBLIN_III
                                        ? "lodged (" + application.registeredOn() + "); the hit comes from the"
                                                + " fingerprints transmitted after the lodging (Regulation (EU) No"
                                                + " 603/2013 art. 9(1), (3))"
                                        : "registered (" + application.registeredOn() + "); the hit comes from the"
                                                + " biometric data taken upon registration (Regulation (EU)"
                                                + " 2024/1358 art. 15(1)(a)); for data taken when the application"
                                                + " was made at the border (art. 15(1)(b)) Migratiekit does not"
                                                + " encode how AMMR art. 39(1) counts from such a hit"));
            }
            if (noNewApplication
                    && e.kind() == Kind.EURODAC_HIT_APPLICATION
                    && earliest >= 0
                    && e.date().isBefore(previous.get(earliest).lodgedOn())) {
                throw new ConflictingFactsException(
                        "events[" + j + "].date",
                        "previousApplications[" + earliest + "].lodgedOn",
                        "the Eurodac hit on " + e.date() + " shows an earlier application, but every earlier"
                                + " application listed was lodged later (first on "
                                + previous.get(earliest).lodgedOn() + "); a hit cannot come before the application it"
                                + " shows (Dublin III art. 24(2)); list the application the hit shows");
            }
        }
    }
}
