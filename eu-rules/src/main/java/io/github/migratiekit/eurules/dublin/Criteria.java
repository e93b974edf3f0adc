package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.eurules.dublin.CriterionAssessment.Outcome;
import io.github.migratiekit.eurules.dublin.Dublin.Ctx;
import io.github.migratiekit.eurules.dublin.FamilyMember.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The criteria and clauses, one method each; package-private, used by {@link Dublin}. Stateless. */
final class Criteria {
    private Criteria() {}

    /**
     * Assesses a criterion or clause of the regime's order ({@link Criterion#order}, {@link Criterion#clauses}); every
     * one of them has an article in that regime (the AMMR has no counterpart of Dublin III art. 13(2), and Dublin III
     * none of AMMR art. 30, so neither is in the other's order).
     */
    static CriterionAssessment assess(Criterion cr, Ctx x) {
        return switch (cr) {
            case MINORS -> minors(x);
            case FAMILY_BENEFICIARY -> familyBeneficiary(x);
            case FAMILY_APPLICANT -> familyApplicant(x);
            case FAMILY_PROCEDURE -> familyProcedure(x);
            case DOCUMENTS -> documents(x);
            case DIPLOMA -> diploma(x);
            case IRREGULAR_ENTRY -> entry(x);
            case FIVE_MONTH_STAY -> fiveMonthStay(x);
            case VISA_WAIVED_ENTRY -> visaWaived(x);
            case AIRPORT_TRANSIT -> airportTransit(x);
            case FIRST_APPLICATION -> firstApplication(x);
            case DEPENDENT_PERSONS -> dependentPersons(x);
            case HUMANITARIAN_CLAUSE -> humanitarian(x);
            case SOVEREIGNTY_CLAUSE -> sovereignty(x);
        };
    }

    private static String art(Ctx x, Criterion cr) {
        return cr.article(x.regime).orElseThrow();
    }

    private static CriterionAssessment applies(Ctx x, Criterion cr, String article, MemberState s, String reason) {
        return new CriterionAssessment(cr, article, Outcome.APPLIES, Optional.of(s), reason);
    }

    private static CriterionAssessment no(Ctx x, Criterion cr, String reason) {
        return new CriterionAssessment(cr, art(x, cr), Outcome.DOES_NOT_APPLY, Optional.empty(), reason);
    }

    private static boolean d3(Ctx x) {
        return x.regime == Regime.DUBLIN_III;
    }

    // ---- art. 8 / AMMR art. 25 ----

    private static CriterionAssessment minors(Ctx x) {
        Criterion cr = Criterion.MINORS;
        Applicant a = x.c.applicant();
        if (!a.minorOn(x.frozenOn)) {
            return no(x, cr, "the applicant was not a minor on " + x.frozenOn + ", the day of the first application.");
        }
        if (!a.unaccompanied()) {
            return no(
                    x,
                    cr,
                    "the applicant is an accompanied minor, whose situation follows that of the family member ("
                            + (d3(x) ? "art. 20(3)" : "art. 36(2)") + ").");
        }
        String p = d3(x) ? "art. 8" : "art. 25";
        Set<Relation> fam = EnumSet.of(
                Relation.SPOUSE,
                Relation.PARTNER,
                Relation.MINOR_CHILD,
                Relation.PARENT,
                Relation.RESPONSIBLE_ADULT,
                Relation.SIBLING);
        List<FamilyMember> counted = x.c.familyMembers().stream()
                .filter(m -> m.status().legallyPresent() && x.familyCounts(m, cr))
                .toList();
        String late = lateEvidenceNote(x, counted, cr);
        Set<MemberState> s1 = states(counted, m -> fam.contains(m.relation()));
        if (!s1.isEmpty()) {
            MemberState s = choose(x, s1, p + (d3(x) ? "(3)" : "(4)"), "family members or siblings");
            return applies(
                    x,
                    cr,
                    p + (d3(x) ? "(1)" : "(2)"),
                    s,
                    "the applicant is an unaccompanied minor with a family member or sibling legally present in "
                            + Dublin.states(s1) + (s1.size() > 1 ? "; the best-interests assessment chose " + s : "")
                            + late + ".");
        }
        Set<MemberState> s2 = states(counted, m -> m.relation() == Relation.RELATIVE && m.canTakeCare());
        if (!s2.isEmpty()) {
            MemberState s = choose(x, s2, p + (d3(x) ? "(3)" : "(4)"), "relatives who can take care of the minor");
            return applies(
                    x,
                    cr,
                    p + (d3(x) ? "(2)" : "(3)"),
                    s,
                    "the applicant is an unaccompanied minor with a relative legally present in " + Dublin.states(s2)
                            + " who can take care of him or her"
                            + (s2.size() > 1 ? "; the best-interests assessment chose " + s : "") + late + ".");
        }
        if (d3(x)) {
            MemberState s = x.c.application().state();
            return applies(
                    x,
                    cr,
                    "art. 8(4)",
                    s,
                    "the applicant is an unaccompanied minor without family members, siblings or relatives legally"
                            + " present in a Member State: the State where the minor lodged the application and is"
                            + " present, " + s + ", is responsible (CJEU C-648/11 MA: where the minor is present after"
                            + " lodging an application there).");
        }
        if (x.c.bestInterestsState().isPresent()) {
            MemberState s = x.c.bestInterestsState().get();
            return applies(
                    x,
                    cr,
                    "art. 25(5)",
                    s,
                    "the applicant is an unaccompanied minor without family members, siblings or relatives legally"
                            + " present; it was shown that the State of first registration (" + x.firstState
                            + ") is not in the child's best interests, and the assessment chose " + s
                            + " (wording of art. 25(5) uncertain).");
        }
        return applies(
                x,
                cr,
                "art. 25(5)",
                x.firstState,
                "the applicant is an unaccompanied minor without family members, siblings or relatives legally present:"
                        + " the State where the application was first registered, " + x.firstState
                        + ", is responsible unless that is not in the child's best interests (wording of art. 25(5)"
                        + " uncertain).");
    }

    private static String lateEvidenceNote(Ctx x, List<FamilyMember> counted, Criterion cr) {
        boolean late = counted.stream().anyMatch(m -> m.presentSince().isAfter(x.frozenOn));
        return late
                ? " (including family present only after " + x.frozenOn + ", whose evidence was produced in time: "
                        + x.evidenceSource().citation() + ")"
                : "";
    }

    private static MemberState choose(Ctx x, Set<MemberState> candidates, String article, String what) {
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        Optional<MemberState> bi = x.c.bestInterestsState();
        if (bi.isPresent() && candidates.contains(bi.get())) {
            return bi.get();
        }
        throw new IndeterminateResponsibilityException(
                "bestInterestsState",
                what + " are legally present in " + Dublin.states(candidates) + ": the State is chosen on the basis"
                        + " of the best interests of the child (" + x.regime.displayName() + " " + article
                        + "); give bestInterestsState, one of them");
    }

    private static Set<MemberState> states(List<FamilyMember> ms, java.util.function.Predicate<FamilyMember> p) {
        return ms.stream().filter(p).map(FamilyMember::state).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- art. 9, 10 / AMMR 26, 27 ----

    /** Whether a person is a "family member" (Dublin III art. 2(g); AMMR art. 2(8)), as data in the rules file. */
    private static boolean familyMember(Ctx x, FamilyMember m, boolean requireFormed) {
        RegimeRules.FamilyDefinition def = x.rules.familyDefinition(x.regime);
        boolean minor = x.c.applicant().minorOn(x.frozenOn);
        boolean rel = def.relations().contains(m.relation())
                || (minor && def.relationsIfApplicantIsMinor().contains(m.relation()));
        return rel && (!requireFormed || def.formed().contains(m.formed()));
    }

    private static CriterionAssessment familyBeneficiary(Ctx x) {
        Criterion cr = Criterion.FAMILY_BENEFICIARY;
        List<FamilyMember> bens = x.c.familyMembers().stream()
                .filter(m -> m.status() == FamilyMember.Status.BENEFICIARY
                        && familyMember(x, m, false)
                        && x.familyCounts(m, cr))
                .toList();
        if (bens.isEmpty()) {
            return no(
                    x,
                    cr,
                    "no family member was allowed to reside as a beneficiary of international protection in a Member"
                            + " State on " + x.frozenOn + ".");
        }
        Optional<MemberState> one = stateOfWrittenWish(x, cr, bens, "beneficiaries of international protection");
        if (one.isEmpty()) {
            return no(
                    x,
                    cr,
                    "a family member is a beneficiary in " + Dublin.states(states(bens, m -> true))
                            + ", but the persons concerned did not express their desire in writing.");
        }
        MemberState st = one.get();
        return applies(
                x,
                cr,
                art(x, cr),
                st,
                "a family member has been allowed to reside as a beneficiary of international protection in " + st
                        + " (whether or not the family was formed in the country of origin) and the persons concerned"
                        + " expressed their desire in writing.");
    }

    /**
     * The one State where family members of the given kind are whose wish to be united was expressed in writing;
     * empty when no such wish was expressed; an error when they are in several States (arts. 9 and 10 do not rank
     * them).
     */
    private static Optional<MemberState> stateOfWrittenWish(
            Ctx x, Criterion cr, List<FamilyMember> members, String plural) {
        Set<MemberState> s = states(members, FamilyMember::wishInWriting);
        if (s.size() > 1) {
            throw new IndeterminateResponsibilityException(
                    "familyMembers",
                    "family members who are " + plural + " are in " + Dublin.states(s)
                            + " and the Regulation does not rank them (" + x.regime.displayName() + " "
                            + art(x, cr) + ")");
        }
        return s.stream().findFirst();
    }

    private static CriterionAssessment familyApplicant(Ctx x) {
        Criterion cr = Criterion.FAMILY_APPLICANT;
        List<FamilyMember> apps = x.c.familyMembers().stream()
                .filter(m -> m.status() == FamilyMember.Status.APPLICANT
                        && familyMember(x, m, true)
                        && x.familyCounts(m, cr))
                .toList();
        if (apps.isEmpty()) {
            boolean decided =
                    x.c.familyMembers().stream().anyMatch(m -> m.status() == FamilyMember.Status.APPLICANT_DECIDED);
            return no(
                    x,
                    cr,
                    decided
                            ? "the family member's application has already been the subject of a first decision on"
                                    + " the substance."
                            : "no family member (a family formed "
                                    + (d3(x) ? "in the country of origin" : "before arrival")
                                    + ") was an applicant without a first decision on the substance.");
        }
        Optional<MemberState> one = stateOfWrittenWish(x, cr, apps, "applicants");
        if (one.isEmpty()) {
            return no(
                    x,
                    cr,
                    "a family member is an applicant in " + Dublin.states(states(apps, m -> true))
                            + ", but the persons concerned did not express their desire in writing.");
        }
        MemberState st = one.get();
        return applies(
                x,
                cr,
                art(x, cr),
                st,
                "a family member is an applicant in " + st
                        + " whose application has not yet been the subject of a first decision on the substance, and"
                        + " the persons concerned expressed their desire in writing" + lateEvidenceNote(x, apps, cr)
                        + ".");
    }

    // ---- art. 11 / AMMR 28 ----

    private static CriterionAssessment familyProcedure(Ctx x) {
        Criterion cr = Criterion.FAMILY_PROCEDURE;
        List<JointApplicant> joint = x.c.jointApplicants();
        if (joint.isEmpty()) {
            return no(
                    x,
                    cr,
                    "no family members applied together with the applicant in "
                            + x.c.application().state() + ".");
        }
        MemberState own = ownIndicated(x);
        TreeMap<MemberState, Integer> counts = new TreeMap<>();
        counts.merge(own, 1, Integer::sum);
        joint.forEach(j -> counts.merge(j.indicatedState(), 1, Integer::sum));
        if (counts.size() == 1) {
            return no(
                    x,
                    cr,
                    "the criteria indicate " + own + " for the applicant and every family member applying together:"
                            + " they would not be separated.");
        }
        int max = counts.values().stream().max(Integer::compare).orElseThrow();
        List<MemberState> top = counts.entrySet().stream()
                .filter(e -> e.getValue() == max)
                .map(java.util.Map.Entry::getKey)
                .toList();
        String dist = counts.entrySet().stream()
                .map(e -> e.getKey() + " for " + e.getValue())
                .collect(Collectors.joining(", "));
        String p = d3(x) ? "art. 11" : "art. 28";
        if (top.size() == 1) {
            return applies(
                    x,
                    cr,
                    p + "(a)",
                    top.get(0),
                    "family members applied together and the criteria would separate them (" + dist + "): the State"
                            + " responsible for the largest number of them, " + top.get(0) + ", is responsible.");
        }
        LocalDate oldestDob = x.c.applicant().dateOfBirth();
        Set<MemberState> oldest = new TreeSet<>();
        oldest.add(own);
        for (JointApplicant j : joint) {
            if (j.dateOfBirth().isBefore(oldestDob)) {
                oldestDob = j.dateOfBirth();
                oldest.clear();
                oldest.add(j.indicatedState());
            } else if (j.dateOfBirth().equals(oldestDob)) {
                oldest.add(j.indicatedState());
            }
        }
        if (oldest.size() > 1) {
            throw new IndeterminateResponsibilityException(
                    "jointApplicants",
                    "art. 11(b): the oldest family members share a date of birth and the criteria indicate different"
                            + " States for them (" + Dublin.states(oldest) + ")");
        }
        MemberState st = oldest.iterator().next();
        return applies(
                x,
                cr,
                p + "(b)",
                st,
                "family members applied together and the criteria would separate them (" + dist + "); no State is"
                        + " responsible for more of them than the others, so the State responsible for the oldest of"
                        + " them (born " + oldestDob + "), " + st + ", is responsible.");
    }

    /** The State the criteria below the family procedure indicate for the applicant alone. */
    private static MemberState ownIndicated(Ctx x) {
        List<Criterion> order = Criterion.order(x.regime);
        for (Criterion cr : order.subList(order.indexOf(Criterion.FAMILY_PROCEDURE) + 1, order.size())) {
            CriterionAssessment a = assess(cr, x);
            if (a.outcome() == Outcome.APPLIES) {
                return a.state().orElseThrow();
            }
        }
        throw new IllegalStateException("the residual rule always applies");
    }

    // ---- art. 12 / AMMR 29 ----

    private static CriterionAssessment documents(Ctx x) {
        Criterion cr = Criterion.DOCUMENTS;
        String p = d3(x) ? "art. 12" : "art. 29";
        List<ResidenceDocument> known = x.c.documents().stream()
                .filter(d -> !d.validFrom().isAfter(x.frozenOn))
                .toList();
        List<ResidenceDocument> countable = known.stream()
                .filter(d -> d.fraud() != ResidenceDocument.Fraud.AFTER_ISSUE)
                .toList();
        String fraudNote = known.size() > countable.size()
                ? " A document is disregarded because the issuing State established fraud after issue (" + p + "(5))."
                : "";
        List<ResidenceDocument> valid = countable.stream()
                .filter(d -> !d.validUntil().isBefore(x.frozenOn))
                .toList();
        if (!valid.isEmpty()) {
            return fromDocuments(x, valid, p, "valid on " + x.frozenOn, fraudNote);
        }
        RegimeRules.Rule resRule = x.rules.require(x.regime, "residence-document-expired");
        RegimeRules.Rule visaRule = x.rules.require(x.regime, "visa-expired");
        List<ResidenceDocument> recent = new ArrayList<>();
        List<ResidenceDocument> old = new ArrayList<>();
        for (ResidenceDocument d : countable) {
            if (!d.usedForEntry() || leftSince(x, d.validFrom())) {
                continue;
            }
            RegimeRules.Rule r = d.kind().isVisa() ? visaRule : resRule;
            LocalDate end = Dublin.endOf(d.validUntil(), r.term(), r.source());
            if (!x.frozenOn.isAfter(end)) {
                recent.add(d);
            } else {
                old.add(d);
            }
        }
        if (!recent.isEmpty()) {
            return fromDocuments(
                    x,
                    recent,
                    p + "(4)",
                    "expired less than " + describe(resRule) + " (residence document) or " + describe(visaRule)
                            + " (visa) before " + x.frozenOn
                            + ", which enabled the applicant to enter and the applicant"
                            + " has not left the territories since",
                    fraudNote);
        }
        if (!old.isEmpty()) {
            MemberState s = x.firstState;
            return applies(
                    x,
                    cr,
                    p + "(4)",
                    s,
                    "the applicant holds only documents that expired more than " + describe(resRule) + " / "
                            + describe(visaRule) + " before " + x.frozenOn
                            + ", which enabled entry, and has not left the territories: the State where the application"
                            + " was lodged, " + s + ", is responsible"
                            + (d3(x) ? "" : " (AMMR wording of this rule uncertain)") + "." + fraudNote);
        }
        if (countable.isEmpty()) {
            return no(x, cr, "the applicant held no residence document or visa on " + x.frozenOn + "." + fraudNote);
        }
        return no(
                x,
                cr,
                "no document was valid on " + x.frozenOn + ", and none that expired counts: it did not enable entry,"
                        + " or the applicant has left the territories of the Member States since." + fraudNote);
    }

    private static String describe(RegimeRules.Rule r) {
        return Dublin.describeTerm(r.term());
    }

    private static boolean leftSince(Ctx x, LocalDate from) {
        return x.c.departures().stream()
                .anyMatch(d -> !d.left().isBefore(from) && d.left().isBefore(x.frozenOn));
    }

    private static CriterionAssessment fromDocuments(
            Ctx x, List<ResidenceDocument> docs, String p, String how, String fraudNote) {
        Criterion cr = Criterion.DOCUMENTS;
        Set<MemberState> responsible =
                docs.stream().map(ResidenceDocument::responsibleState).collect(Collectors.toCollection(TreeSet::new));
        String fraud = docs.stream().anyMatch(d -> d.fraud() == ResidenceDocument.Fraud.BEFORE_ISSUE)
                ? " A document obtained by fraud still counts (" + p.replaceAll("\\(4\\)$", "") + "(5))."
                : "";
        String rep =
                docs.stream().anyMatch(d -> d.kind().isVisa() && d.onBehalfOf().isPresent())
                        ? " A visa issued under representation counts for the represented State."
                        : "";
        if (responsible.size() == 1) {
            ResidenceDocument d = docs.get(0);
            MemberState s = responsible.iterator().next();
            String para = p.endsWith("(4)") ? p : p + (d.kind().isVisa() ? "(2)" : "(1)");
            boolean anyResidence = docs.stream().anyMatch(q -> !q.kind().isVisa());
            if (!p.endsWith("(4)") && anyResidence) {
                para = p + "(1)";
            }
            return applies(
                    x,
                    cr,
                    para,
                    s,
                    "the applicant held a " + (anyResidence ? "residence document" : "visa") + " of " + s + " " + how
                            + "." + rep + fraud + fraudNote);
        }
        // art. 12(3): several documents of different States
        List<ResidenceDocument> residence =
                docs.stream().filter(d -> !d.kind().isVisa()).toList();
        String base = p.replaceAll("\\(4\\)$", "");
        if (!residence.isEmpty()) {
            ResidenceDocument best = pick(
                    x,
                    residence,
                    Comparator.comparingLong(ResidenceDocument::validityDays)
                            .thenComparing(ResidenceDocument::validUntil),
                    base + "(3)(a)");
            return applies(
                    x,
                    cr,
                    base + "(3)(a)",
                    best.responsibleState(),
                    "the applicant held documents of several States (" + Dublin.states(responsible) + ") " + how
                            + ": the residence document giving the longest period of residence (or, if equal, the"
                            + " latest expiry) is that of " + best.responsibleState() + ", valid until "
                            + best.validUntil() + "." + rep + fraud + fraudNote);
        }
        boolean sameKind = docs.stream().map(ResidenceDocument::kind).distinct().count() == 1;
        if (sameKind) {
            ResidenceDocument best =
                    pick(x, docs, Comparator.comparing(ResidenceDocument::validUntil), base + "(3)(b)");
            return applies(
                    x,
                    cr,
                    base + "(3)(b)",
                    best.responsibleState(),
                    "the applicant held visas of the same type from several States (" + Dublin.states(responsible)
                            + ") " + how + ": the visa that expires latest, until " + best.validUntil()
                            + ", is that of "
                            + best.responsibleState() + "." + rep + fraud + fraudNote);
        }
        ResidenceDocument best = pick(
                x,
                docs,
                Comparator.comparingLong(ResidenceDocument::validityDays).thenComparing(ResidenceDocument::validUntil),
                base + "(3)(c)");
        return applies(
                x,
                cr,
                base + "(3)(c)",
                best.responsibleState(),
                "the applicant held visas of different kinds from several States (" + Dublin.states(responsible) + ") "
                        + how + ": the visa with the longest validity (" + best.validityDays()
                        + " days; if equal, the latest expiry) is that of " + best.responsibleState() + "." + rep
                        + fraud + fraudNote);
    }

    private static ResidenceDocument pick(
            Ctx x, List<ResidenceDocument> docs, Comparator<ResidenceDocument> order, String article) {
        ResidenceDocument best = docs.stream().max(order).orElseThrow();
        Set<MemberState> tied = docs.stream()
                .filter(d -> order.compare(d, best) == 0)
                .map(ResidenceDocument::responsibleState)
                .collect(Collectors.toCollection(TreeSet::new));
        if (tied.size() > 1) {
            throw new IndeterminateResponsibilityException(
                    "documents",
                    x.regime.displayName() + " " + article + " cannot choose between documents of "
                            + Dublin.states(tied) + ": same period of validity and same expiry date");
        }
        return best;
    }

    // ---- AMMR art. 30 ----

    private static CriterionAssessment diploma(Ctx x) {
        Criterion cr = Criterion.DIPLOMA;
        RegimeRules.Rule rule = x.rules.require(x.regime, "diploma-validity");
        List<Diploma> known = x.c.diplomas().stream()
                .filter(d -> !d.issuedOn().isAfter(x.frozenOn))
                .toList();
        List<Diploma> recent = known.stream()
                .filter(d -> !x.frozenOn.isAfter(Dublin.endOf(d.issuedOn(), rule.term(), rule.source())))
                .toList();
        if (recent.isEmpty()) {
            return no(
                    x,
                    cr,
                    known.isEmpty()
                            ? "the applicant held no diploma or qualification issued in a Member State by " + x.frozenOn
                                    + "."
                            : "every diploma was issued more than six years before the application was registered on "
                                    + x.frozenOn + ".");
        }
        Comparator<Diploma> order =
                Comparator.comparingInt(Diploma::studyMonths).thenComparing(Diploma::issuedOn);
        Diploma best = recent.stream().max(order).orElseThrow();
        Set<MemberState> tied = recent.stream()
                .filter(d -> order.compare(d, best) == 0)
                .map(Diploma::issuingState)
                .collect(Collectors.toCollection(TreeSet::new));
        if (tied.size() > 1) {
            throw new IndeterminateResponsibilityException(
                    "diplomas",
                    "AMMR art. 30(2) cannot choose between diplomas of " + Dublin.states(tied)
                            + ": same length of study and same issue date");
        }
        boolean several = recent.stream().map(Diploma::issuingState).distinct().count() > 1;
        return applies(
                x,
                cr,
                several ? "art. 30(2)" : "art. 30(1)",
                best.issuingState(),
                "the applicant holds a diploma issued in " + best.issuingState() + " on " + best.issuedOn()
                        + ", less than six years before the application was registered"
                        + (several
                                ? "; of diplomas from several States it follows the longest period of study ("
                                        + best.studyMonths() + " months; if equal, the most recent)"
                                : "")
                        + ".");
    }

    // ---- art. 13(1) / AMMR art. 33 ----

    private static CriterionAssessment entry(Ctx x) {
        Criterion cr = Criterion.IRREGULAR_ENTRY;
        List<Entry> entries = x.entriesSinceLastArrival();
        Optional<Entry> first = entries.stream()
                .filter(e -> e.kind() == Entry.Kind.IRREGULAR_CROSSING
                        || e.kind() == Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION)
                .findFirst();
        if (first.isEmpty()) {
            return no(
                    x,
                    cr,
                    "no irregular border crossing" + (d3(x) ? "" : " or search-and-rescue disembarkation")
                            + " is established before " + x.frozenOn + ".");
        }
        Entry e = first.get();
        boolean sar = e.kind() == Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION;
        String tolerated = e.toleratedByAuthorities()
                ? " The crossing was tolerated by the authorities and is still irregular (CJEU C-646/16 Jafari,"
                        + " C-490/16 A.S.)."
                : "";
        if (d3(x)) {
            RegimeRules.Rule rule = x.rules.require(x.regime, "irregular-entry-cessation");
            LocalDate end = Dublin.endOf(e.date(), rule.term(), rule.source());
            String what = sar
                    ? "disembarked in " + e.state() + " after a search-and-rescue operation (an irregular crossing by"
                            + " sea)"
                    : "crossed the border of " + e.state() + " irregularly";
            if (x.frozenOn.isAfter(end)) {
                return no(
                        x,
                        cr,
                        "the applicant " + what + " on " + e.date() + ", but that responsibility ceased on " + end
                                + ", 12 months after the crossing, before the application of " + x.frozenOn + "."
                                + tolerated);
            }
            return applies(
                    x,
                    cr,
                    "art. 13(1)",
                    e.state(),
                    "the applicant " + what + " from a third country on " + e.date()
                            + ", and the application was lodged on " + x.frozenOn + ", within 12 months (until " + end
                            + ")." + tolerated);
        }
        Optional<Entry> relocation = entries.stream()
                .filter(r -> r.kind() == Entry.Kind.RELOCATION && r.date().isAfter(e.date()))
                .reduce((a, b) -> b);
        if (relocation.isPresent()) {
            MemberState s = relocation.get().state();
            return applies(
                    x,
                    cr,
                    "art. 33(3)",
                    s,
                    "the applicant entered " + e.state() + " on " + e.date() + " but was relocated to " + s + " on "
                            + relocation.get().date()
                            + " (art. 67): the State of relocation is responsible (paragraph number uncertain).");
        }
        RegimeRules.Rule rule =
                x.rules.require(x.regime, sar ? "sar-disembarkation-cessation" : "irregular-entry-cessation");
        LocalDate end = Dublin.endOf(e.date(), rule.term(), rule.source());
        String what = sar
                ? "was disembarked in " + e.state() + " after a search-and-rescue operation"
                : "crossed the border of " + e.state() + " irregularly";
        String months = sar ? "12 months" : "20 months";
        if (x.frozenOn.isAfter(end)) {
            return no(
                    x,
                    cr,
                    "the applicant " + what + " on " + e.date() + ", but the application was registered on "
                            + x.frozenOn + ", more than " + months + " later (the period ended " + end + ")."
                            + tolerated);
        }
        return applies(
                x,
                cr,
                sar ? "art. 33(2)" : "art. 33(1)",
                e.state(),
                "the applicant " + what + " on " + e.date() + ", and the application was registered on " + x.frozenOn
                        + ", within " + months + " (until " + end + ")." + tolerated);
    }

    // ---- Dublin III art. 13(2) ----

    private static CriterionAssessment fiveMonthStay(Ctx x) {
        Criterion cr = Criterion.FIVE_MONTH_STAY;
        List<Entry> entries = x.entriesSinceLastArrival();
        boolean irregular = entries.stream()
                .anyMatch(e -> e.kind() == Entry.Kind.IRREGULAR_CROSSING
                        || e.kind() == Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION);
        if (!irregular && !entries.isEmpty()) {
            return no(x, cr, "the applicant did not enter irregularly, and the circumstances of entry are known.");
        }
        RegimeRules.Rule rule = x.rules.require(x.regime, "five-month-stay");
        List<ResidencePeriod> qualifying = new ArrayList<>();
        for (ResidencePeriod p : x.c.residencePeriods()) {
            if (p.from().isAfter(x.frozenOn)) {
                continue;
            }
            LocalDate to = p.to().isAfter(x.frozenOn) ? x.frozenOn : p.to();
            if (!to.isBefore(Dublin.endOf(p.from(), rule.term(), rule.source()))) {
                qualifying.add(new ResidencePeriod(p.state(), p.from(), to));
            }
        }
        if (qualifying.isEmpty()) {
            return no(
                    x,
                    cr,
                    "the applicant did not live continuously for at least five months in a Member State before "
                            + x.frozenOn + ".");
        }
        // periods of a case never overlap (CaseConsistency), so no two end on the same day: the most recent is unique
        ResidencePeriod best = qualifying.stream()
                .max(Comparator.comparing(ResidencePeriod::to))
                .orElseThrow();
        boolean several =
                qualifying.stream().map(ResidencePeriod::state).distinct().count() > 1;
        return applies(
                x,
                cr,
                "art. 13(2)",
                best.state(),
                "the applicant, who entered "
                        + (irregular ? "irregularly" : "in circumstances that cannot be established")
                        + ", lived continuously for at least five months in " + best.state() + " (" + best.from()
                        + " to " + best.to() + ") before applying"
                        + (several ? "; of stays in several States, this is the most recent" : "") + ".");
    }

    // ---- art. 14 / AMMR 31 ----

    private static CriterionAssessment visaWaived(Ctx x) {
        Criterion cr = Criterion.VISA_WAIVED_ENTRY;
        Optional<Entry> e = x.entriesSinceLastArrival().stream()
                .filter(q -> q.kind() == Entry.Kind.VISA_WAIVED)
                .findFirst();
        if (e.isEmpty()) {
            return no(x, cr, "the applicant did not enter a Member State where the need for a visa is waived.");
        }
        MemberState entered = e.get().state();
        String p = d3(x) ? "art. 14" : "art. 31";
        MemberState lodged = x.c.application().state();
        if (x.firstState == lodged && lodged != entered && x.c.application().visaWaivedInThisState()) {
            return applies(
                    x,
                    cr,
                    p + "(2)",
                    lodged,
                    "the applicant entered " + entered + " without a visa on "
                            + e.get().date() + ", but applied in " + lodged
                            + ", where the need for a visa is also waived.");
        }
        return applies(
                x,
                cr,
                p + "(1)",
                entered,
                "the applicant entered " + entered + ", where the need for a visa is waived, on "
                        + e.get().date() + ".");
    }

    // ---- art. 15 / AMMR 32 ----

    private static CriterionAssessment airportTransit(Ctx x) {
        Criterion cr = Criterion.AIRPORT_TRANSIT;
        Optional<Entry> e = x.entriesSinceLastArrival().stream()
                .filter(q -> q.kind() == Entry.Kind.AIRPORT_TRANSIT_AREA
                        && q.state() == x.firstState
                        && q.date().equals(x.frozenOn))
                .findFirst();
        if (e.isEmpty()) {
            return no(x, cr, "the application was not made in the international transit area of an airport.");
        }
        return applies(
                x,
                cr,
                art(x, cr),
                x.firstState,
                "the application was made in the international transit area of an airport of " + x.firstState + " on "
                        + x.frozenOn + ".");
    }

    // ---- art. 3(2) / AMMR 16(2) ----

    private static CriterionAssessment firstApplication(Ctx x) {
        return applies(
                x,
                Criterion.FIRST_APPLICATION,
                art(x, Criterion.FIRST_APPLICATION),
                x.firstState,
                "no criterion designates a State: the first Member State where the application was "
                        + (d3(x) ? "lodged" : "registered") + ", " + x.firstState + " (on " + x.frozenOn
                        + "), is responsible.");
    }

    // ---- art. 16 / AMMR 34 ----

    private static CriterionAssessment dependentPersons(Ctx x) {
        Criterion cr = Criterion.DEPENDENT_PERSONS;
        if (x.c.dependencies().isEmpty()) {
            return no(x, cr, "no dependency on, or of, a child, sibling or parent legally resident is recorded.");
        }
        Set<String> failures = new TreeSet<>();
        Set<MemberState> states = new TreeSet<>();
        for (Dependency d : x.c.dependencies()) {
            if (d.ground() == Dependency.Ground.SEVERE_TRAUMA && d3(x)) {
                failures.add("severe trauma is a ground only under the AMMR");
            } else if (!d.tiesExistedBefore()) {
                failures.add(
                        "the family ties did not exist " + (d3(x) ? "in the country of origin" : "before arrival"));
            } else if (!d.relativeCanTakeCare()) {
                failures.add("the person giving care is not able to take care of the dependent person");
            } else if (!d.consentInWriting()) {
                failures.add("the persons concerned did not express their desire in writing");
            } else {
                states.add(d.applicantUnableToTravel() ? x.c.application().state() : d.state());
            }
        }
        if (states.isEmpty()) {
            return no(x, cr, "a dependency is recorded, but " + String.join("; ", failures) + ".");
        }
        if (states.size() > 1) {
            throw new IndeterminateResponsibilityException(
                    "dependencies",
                    "dependencies point to " + Dublin.states(states) + " and the Regulation does not rank them");
        }
        MemberState s = states.iterator().next();
        boolean unable = x.c.dependencies().stream().anyMatch(Dependency::applicantUnableToTravel);
        String p = art(x, cr);
        return applies(
                x,
                cr,
                unable ? p + "(2)" : p + "(1)",
                s,
                unable
                        ? "a dependency exists, but the applicant's health prevents travel for a significant period:"
                                + " the State where the applicant is, " + s + ", is responsible."
                        : "the applicant and a child, sibling or parent legally resident in " + s
                                + " depend on each other, the ties existed before, and they consented in writing: "
                                + s + " keeps or brings them together.");
    }

    // ---- art. 17 / AMMR 35 ----

    private static CriterionAssessment humanitarian(Ctx x) {
        return discretionary(x, Criterion.HUMANITARIAN_CLAUSE, DiscretionaryDecision.Kind.HUMANITARIAN_ACCEPTED);
    }

    private static CriterionAssessment sovereignty(Ctx x) {
        return discretionary(x, Criterion.SOVEREIGNTY_CLAUSE, DiscretionaryDecision.Kind.SOVEREIGNTY);
    }

    private static CriterionAssessment discretionary(Ctx x, Criterion cr, DiscretionaryDecision.Kind kind) {
        List<DiscretionaryDecision> ds = x.c.discretionaryDecisions().stream()
                .filter(d -> d.kind() == kind)
                .toList();
        if (ds.isEmpty()) {
            return no(
                    x,
                    cr,
                    kind == DiscretionaryDecision.Kind.SOVEREIGNTY
                            ? "no Member State decided to examine the application itself."
                            : "no Member State accepted a humanitarian request.");
        }
        List<DiscretionaryDecision> valid = ds;
        if (kind == DiscretionaryDecision.Kind.SOVEREIGNTY) {
            Set<MemberState> lodged = x.applicationStates();
            valid = ds.stream().filter(d -> lodged.contains(d.state())).toList();
            if (valid.isEmpty()) {
                return no(
                        x,
                        cr,
                        "a State decided to examine the application, but it was not lodged with that State ("
                                + Dublin.states(ds.stream()
                                        .map(DiscretionaryDecision::state)
                                        .collect(Collectors.toCollection(TreeSet::new)))
                                + ").");
            }
        }
        LocalDate latest = valid.stream()
                .map(DiscretionaryDecision::decidedOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Set<MemberState> at = valid.stream()
                .filter(d -> d.decidedOn().equals(latest))
                .map(DiscretionaryDecision::state)
                .collect(Collectors.toCollection(TreeSet::new));
        if (at.size() > 1) {
            throw new IndeterminateResponsibilityException(
                    "discretionaryDecisions", "decisions of " + Dublin.states(at) + " on the same day " + latest);
        }
        MemberState s = at.iterator().next();
        return applies(
                x,
                cr,
                art(x, cr),
                s,
                kind == DiscretionaryDecision.Kind.SOVEREIGNTY
                        ? s + " decided on " + latest + " to examine the application lodged with it and so became"
                                + " responsible."
                        : s + " accepted on " + latest
                                + " a request to take charge on humanitarian grounds, to bring relatives together.");
    }
}
