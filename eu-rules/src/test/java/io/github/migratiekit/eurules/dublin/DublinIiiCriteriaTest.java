package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.Cases.member;
import static io.github.migratiekit.eurules.dublin.Cases.unaccompaniedMinorIn;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.eurules.dublin.CriterionAssessment.Outcome;
import io.github.migratiekit.eurules.dublin.FamilyMember.Relation;
import io.github.migratiekit.eurules.dublin.FamilyMember.Status;
import io.github.migratiekit.eurules.dublin.ResidenceDocument.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One example per criterion and tie-break of Dublin III (Regulation (EU) No 604/2013, CELEX 32013R0604). Each
 * expected State is read from the article cited, not computed by the code.
 */
class DublinIiiCriteriaTest {

    private static DublinResult run(DublinCase.Builder b) {
        DublinResult r = Dublin.determine(b.build());
        assertThat(r.regime()).isEqualTo(Regime.DUBLIN_III);
        return r;
    }

    @Test
    void art8_1_unaccompaniedMinorGoesToParent() {
        // Dublin III art. 8(1): UAM → State where a family member or sibling is legally present
        DublinResult r = run(unaccompaniedMinorIn(NL, "2025-03-10")
                .familyMember(member(Relation.PARENT, SE, Status.LEGALLY_PRESENT, "2020-01-01")));
        assertThat(r.responsibleState()).isEqualTo(SE);
        assertThat(r.article()).isEqualTo("art. 8(1)");
    }

    @Test
    void art8_2_unaccompaniedMinorGoesToRelativeWhoCanCare() {
        // Dublin III art. 8(2): a relative legally present who can take care of the minor
        DublinResult r = run(unaccompaniedMinorIn(NL, "2025-03-10")
                .familyMember(member(Relation.RELATIVE, BE, Status.LEGALLY_PRESENT, "2018-01-01")));
        assertThat(r.responsibleState()).isEqualTo(BE);
        assertThat(r.article()).isEqualTo("art. 8(2)");
    }

    @Test
    void art8_3_severalStatesNeedBestInterests() {
        // Dublin III art. 8(3): family in several States → decided on the basis of the best interests of the child
        DublinCase.Builder b = unaccompaniedMinorIn(NL, "2025-03-10")
                .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2020-01-01"))
                .familyMember(member(Relation.PARENT, FR, Status.APPLICANT, "2021-01-01"));
        assertThatThrownBy(() -> Dublin.determine(b.build()))
                .isInstanceOf(IndeterminateResponsibilityException.class)
                .hasMessageContaining("bestInterestsState")
                .hasMessageContaining("art. 8(3)");
        DublinResult r = run(b.bestInterestsState(FR));
        assertThat(r.responsibleState()).isEqualTo(FR);
    }

    @Test
    void art8_4_unaccompaniedMinorWithoutFamilyStaysWhereLodged() {
        // Dublin III art. 8(4): no family → the State where the minor lodged the application
        DublinResult r = run(unaccompaniedMinorIn(NL, "2025-03-10")
                .entry(Entry.of(IT, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.article()).isEqualTo("art. 8(4)");
    }

    @Test
    void accompaniedMinorIsNotArt8() {
        // Dublin III art. 20(3): an accompanied minor follows the family; art. 8 does not apply
        DublinCase c = DublinCase.builder(
                        Applicant.of(d("2012-01-01"), "SY", false), Application.of(NL, d("2025-03-10")))
                .entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING))
                .build();
        DublinResult r = Dublin.determine(c);
        assertThat(r.responsibleState()).isEqualTo(GR);
        assertThat(r.assessments().get(0).outcome()).isEqualTo(Outcome.DOES_NOT_APPLY);
    }

    @Test
    void art9_familyMemberBeneficiary() {
        // Dublin III art. 9: family member who is a beneficiary, desire in writing
        DublinResult r = run(adultInNl("2025-03-10")
                .familyMember(member(Relation.SPOUSE, DE, Status.BENEFICIARY, "2019-06-01"))
                .entry(Entry.of(IT, d("2025-02-01"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(r.responsibleState()).isEqualTo(DE);
        assertThat(r.article()).isEqualTo("art. 9");
    }

    @Test
    void art9_needsWishInWriting() {
        // Dublin III art. 9: "provided that the persons concerned expressed their desire in writing"
        FamilyMember spouse = new FamilyMember(
                Relation.SPOUSE,
                DE,
                Status.BENEFICIARY,
                d("2019-06-01"),
                FamilyMember.Formed.IN_COUNTRY_OF_ORIGIN,
                false,
                false,
                Optional.empty());
        DublinResult r = run(adultInNl("2025-03-10").familyMember(spouse));
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.criterion()).isEqualTo(Criterion.FIRST_APPLICATION);
    }

    @Test
    void art10_familyMemberApplicant() {
        // Dublin III art. 10: family member whose application has had no first decision on the substance
        DublinResult r = run(
                adultInNl("2025-03-10").familyMember(member(Relation.MINOR_CHILD, AT, Status.APPLICANT, "2024-11-01")));
        assertThat(r.responsibleState()).isEqualTo(AT);
        assertThat(r.article()).isEqualTo("art. 10");
    }

    @Test
    void art10_notAfterFirstDecisionOnSubstance() {
        // Dublin III art. 10: "has not yet been the subject of a first decision regarding the substance"
        DublinResult r = run(adultInNl("2025-03-10")
                .familyMember(member(Relation.SPOUSE, AT, Status.APPLICANT_DECIDED, "2024-11-01")));
        assertThat(r.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art10_familyFormedAfterArrivalDoesNotCount() {
        // Dublin III art. 2(g): family members only "in so far as the family already existed in the country of origin"
        FamilyMember partner = new FamilyMember(
                Relation.PARTNER,
                AT,
                Status.APPLICANT,
                d("2024-11-01"),
                FamilyMember.Formed.AFTER_ARRIVAL,
                true,
                false,
                Optional.empty());
        DublinResult r = run(adultInNl("2025-03-10").familyMember(partner));
        assertThat(r.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art11a_familyProcedureLargestNumber() {
        // Dublin III art. 11(a): the State responsible for the largest number of the family members
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING))
                .jointApplicant(JointApplicant.of(d("1992-01-01"), IT))
                .jointApplicant(JointApplicant.of(d("2015-01-01"), IT)));
        // applicant alone: GR (art. 13(1)); family: IT for two → IT
        assertThat(r.responsibleState()).isEqualTo(IT);
        assertThat(r.article()).isEqualTo("art. 11(a)");
    }

    @Test
    void art11b_familyProcedureOldest() {
        // Dublin III art. 11(b): failing (a), the State responsible for the oldest of them
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING))
                .jointApplicant(JointApplicant.of(d("1960-01-01"), IT)));
        // applicant (born 1990) GR, mother (born 1960) IT: one each → the oldest → IT
        assertThat(r.responsibleState()).isEqualTo(IT);
        assertThat(r.article()).isEqualTo("art. 11(b)");
    }

    @Test
    void art12_1_validResidenceDocument() {
        // Dublin III art. 12(1): valid residence document → issuing State
        DublinResult r = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(PL, Kind.RESIDENCE_DOCUMENT, d("2024-01-01"), d("2025-12-31"))));
        assertThat(r.responsibleState()).isEqualTo(PL);
        assertThat(r.article()).isEqualTo("art. 12(1)");
    }

    @Test
    void art12_2_validVisaUnderRepresentationGoesToRepresentedState() {
        // Dublin III art. 12(2): a visa issued on behalf of another State under representation → represented State
        ResidenceDocument visa = new ResidenceDocument(
                BE,
                Kind.SHORT_STAY_VISA,
                d("2025-03-01"),
                d("2025-03-30"),
                Optional.of(LU),
                true,
                ResidenceDocument.Fraud.NONE);
        DublinResult r = run(adultInNl("2025-03-10").document(visa));
        assertThat(r.responsibleState()).isEqualTo(LU);
        assertThat(r.article()).isEqualTo("art. 12(2)");
    }

    @Test
    void art12_3a_residenceDocumentsLongestPeriodThenLatestExpiry() {
        // Dublin III art. 12(3)(a): longest period of residence; equal → latest expiry
        DublinResult r = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(PL, Kind.RESIDENCE_DOCUMENT, d("2024-01-01"), d("2025-12-31")))
                .document(ResidenceDocument.of(CZ, Kind.RESIDENCE_DOCUMENT, d("2023-01-01"), d("2025-06-30"))));
        assertThat(r.responsibleState()).isEqualTo(CZ); // 2.5 years vs 2 years
        assertThat(r.article()).isEqualTo("art. 12(3)(a)");
        DublinResult equal = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(PL, Kind.RESIDENCE_DOCUMENT, d("2025-01-01"), d("2025-12-31")))
                .document(ResidenceDocument.of(CZ, Kind.RESIDENCE_DOCUMENT, d("2024-12-01"), d("2025-11-30"))));
        assertThat(equal.responsibleState()).isEqualTo(PL); // same length (365 days), later expiry
    }

    @Test
    void art12_3b_visasOfSameTypeLatestExpiry() {
        // Dublin III art. 12(3)(b): visas of the same type → latest expiry
        DublinResult r = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(FR, Kind.SHORT_STAY_VISA, d("2025-02-01"), d("2025-04-30")))
                .document(ResidenceDocument.of(ES, Kind.SHORT_STAY_VISA, d("2025-03-01"), d("2025-05-15"))));
        assertThat(r.responsibleState()).isEqualTo(ES);
        assertThat(r.article()).isEqualTo("art. 12(3)(b)");
    }

    @Test
    void art12_3c_visasOfDifferentKindsLongestValidity() {
        // Dublin III art. 12(3)(c): different kinds → longest validity; equal → latest expiry
        DublinResult r = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(FR, Kind.LONG_STAY_VISA, d("2025-01-01"), d("2025-06-30")))
                .document(ResidenceDocument.of(ES, Kind.SHORT_STAY_VISA, d("2025-03-01"), d("2025-07-15"))));
        assertThat(r.responsibleState()).isEqualTo(FR); // 181 days vs 137 days
        assertThat(r.article()).isEqualTo("art. 12(3)(c)");
    }

    @Test
    void art12_4_recentlyExpiredVisaCountsWithinSixMonths() {
        // Dublin III art. 12(4): visa expired less than 6 months before lodging, used for entry, not left → (1)-(3)
        DublinResult inside = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(HU, Kind.SHORT_STAY_VISA, d("2024-09-01"), d("2024-09-30"))));
        assertThat(inside.responsibleState()).isEqualTo(HU);
        assertThat(inside.article()).isEqualTo("art. 12(4)");
        // expired 2024-08-31: six months run to 2025-02-28 (art. 42(b)); lodged 2025-03-10 → more than 6 months
        DublinResult outside = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(HU, Kind.SHORT_STAY_VISA, d("2024-08-01"), d("2024-08-31"))));
        assertThat(outside.responsibleState()).isEqualTo(NL); // art. 12(4) second subparagraph: State of lodging
        assertThat(outside.article()).isEqualTo("art. 12(4)");
        assertThat(outside.explanation().toString()).contains("more than");
    }

    @Test
    void art12_4_residenceDocumentTwoYears() {
        // Dublin III art. 12(4): residence document expired less than two years before lodging
        DublinResult r = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(SK, Kind.RESIDENCE_DOCUMENT, d("2021-01-01"), d("2023-06-30"))));
        assertThat(r.responsibleState()).isEqualTo(SK);
    }

    @Test
    void art12_4_leavingTheTerritoryEndsTheRule() {
        // Dublin III art. 12(4): "as long as the applicant has not left the territories of the Member States"
        DublinResult r = run(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(HU, Kind.SHORT_STAY_VISA, d("2024-12-01"), d("2024-12-30")))
                .departure(Departure.of(d("2024-12-20"), d("2025-02-01"))));
        assertThat(r.criterion()).isNotEqualTo(Criterion.DOCUMENTS);
    }

    @Test
    void art12_5_fraudAfterIssueDisregarded() {
        // Dublin III art. 12(5): the issuing State is not responsible if it establishes fraud after issue
        ResidenceDocument doc = new ResidenceDocument(
                PL,
                Kind.RESIDENCE_DOCUMENT,
                d("2024-01-01"),
                d("2025-12-31"),
                Optional.empty(),
                true,
                ResidenceDocument.Fraud.AFTER_ISSUE);
        assertThat(run(adultInNl("2025-03-10").document(doc)).responsibleState())
                .isEqualTo(NL);
        ResidenceDocument before = new ResidenceDocument(
                PL,
                Kind.RESIDENCE_DOCUMENT,
                d("2024-01-01"),
                d("2025-12-31"),
                Optional.empty(),
                true,
                ResidenceDocument.Fraud.BEFORE_ISSUE);
        assertThat(run(adultInNl("2025-03-10").document(before)).responsibleState())
                .isEqualTo(PL);
    }

    @Test
    void art13_1_irregularEntryWithinTwelveMonths() {
        // Dublin III art. 13(1): irregular crossing → first State entered; ceases 12 months after the crossing
        DublinResult r =
                run(adultInNl("2025-03-10").entry(Entry.of(GR, d("2024-03-10"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(r.responsibleState()).isEqualTo(GR); // 12 months end 2025-03-10: lodged on the last day
        assertThat(r.article()).isEqualTo("art. 13(1)");
        DublinResult ceased =
                run(adultInNl("2025-03-11").entry(Entry.of(GR, d("2024-03-10"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(ceased.responsibleState()).isEqualTo(NL);
        assertThat(ceased.assessments())
                .filteredOn(a -> a.criterion() == Criterion.IRREGULAR_ENTRY)
                .first()
                .extracting(CriterionAssessment::outcome)
                .isEqualTo(Outcome.DOES_NOT_APPLY);
    }

    @Test
    void art13_2_fiveMonthStayMostRecent() {
        // Dublin III art. 13(2): continuous stay of at least 5 months; several → where most recently
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2023-01-10"), Entry.Kind.IRREGULAR_CROSSING))
                .residencePeriod(ResidencePeriod.of(GR, d("2023-01-10"), d("2023-09-30")))
                .residencePeriod(ResidencePeriod.of(AT, d("2024-06-01"), d("2025-02-28"))));
        assertThat(r.responsibleState()).isEqualTo(AT);
        assertThat(r.article()).isEqualTo("art. 13(2)");
    }

    @Test
    void art13_2_lessThanFiveMonthsDoesNotCount() {
        // Dublin III art. 13(2), art. 42(b): 2024-06-01 + 5 months = 2024-11-01
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2023-01-10"), Entry.Kind.IRREGULAR_CROSSING))
                .residencePeriod(ResidencePeriod.of(AT, d("2024-06-01"), d("2024-10-31"))));
        assertThat(r.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art14_1_visaWaivedEntry() {
        // Dublin III art. 14(1): entry into a State where the visa requirement is waived
        DublinResult r = run(adultInNl("2025-03-10").entry(Entry.of(ES, d("2025-02-20"), Entry.Kind.VISA_WAIVED)));
        assertThat(r.responsibleState()).isEqualTo(ES);
        assertThat(r.article()).isEqualTo("art. 14(1)");
    }

    @Test
    void art14_2_alsoVisaWaivedWhereLodged() {
        // Dublin III art. 14(2): lodged in another State where the visa is also waived → that State
        DublinCase c = DublinCase.builder(
                        Applicant.of(d("1990-05-01"), "CO", false), new Application(NL, d("2025-03-10"), true))
                .entry(Entry.of(ES, d("2025-02-20"), Entry.Kind.VISA_WAIVED))
                .build();
        DublinResult r = Dublin.determine(c);
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.article()).isEqualTo("art. 14(2)");
    }

    @Test
    void art15_airportTransitArea() {
        // Dublin III art. 15: application made in the international transit area of an airport
        DublinResult r =
                run(adultInNl("2025-03-10").entry(Entry.of(NL, d("2025-03-10"), Entry.Kind.AIRPORT_TRANSIT_AREA)));
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.article()).isEqualTo("art. 15");
    }

    @Test
    void art3_2_residualFirstStateLodged() {
        // Dublin III art. 3(2): no criterion → the first State in which the application was lodged
        DublinResult r = run(adultInNl("2025-03-10")
                .previousApplication(
                        PreviousApplication.of(BE, d("2024-11-02"), PreviousApplication.Status.WITHDRAWN)));
        assertThat(r.responsibleState()).isEqualTo(BE);
        assertThat(r.article()).isEqualTo("art. 3(2)");
        assertThat(r.frozenOn()).isEqualTo(d("2024-11-02"));
    }

    @Test
    void art19_2_threeMonthsAwayEndsEarlierApplication() {
        // Dublin III art. 19(2): left the territory for at least three months → a later application is a new one
        DublinResult r = run(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(BE, d("2024-01-02"), PreviousApplication.Status.PENDING))
                .departure(Departure.of(d("2024-05-01"), d("2024-08-01"))));
        assertThat(r.responsibleState()).isEqualTo(NL);
        DublinResult shortTrip = run(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(BE, d("2024-01-02"), PreviousApplication.Status.PENDING))
                .departure(Departure.of(d("2024-05-01"), d("2024-07-31"))));
        assertThat(shortTrip.responsibleState()).isEqualTo(BE);
    }

    @Test
    void art16_dependentPersonPrevails() {
        // Dublin III art. 16(1): dependency on a parent legally resident, consent in writing → brought together
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING))
                .dependency(Dependency.of(Dependency.Relation.PARENT, FI, Dependency.Ground.SERIOUS_ILLNESS)));
        assertThat(r.responsibleState()).isEqualTo(FI);
        assertThat(r.article()).isEqualTo("art. 16(1)");
    }

    @Test
    void art16_2_unableToTravelStaysWherePresent() {
        // Dublin III art. 16(2): health prevents travel → the State where the applicant is present
        Dependency dep = new Dependency(
                Dependency.Relation.CHILD, FI, true, Dependency.Ground.SEVERE_DISABILITY, true, true, true, true);
        DublinResult r = run(adultInNl("2025-03-10").dependency(dep));
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.article()).isEqualTo("art. 16(2)");
    }

    @Test
    void art17_1_sovereigntyClause() {
        // Dublin III art. 17(1): a State may decide to examine an application lodged with it
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING))
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, NL, d("2025-04-01"))));
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.criterion()).isEqualTo(Criterion.SOVEREIGNTY_CLAUSE);
        assertThat(r.article()).isEqualTo("art. 17(1)");
    }

    @Test
    void art17_2_humanitarianClause() {
        // Dublin III art. 17(2): the requested State accepted to take charge on humanitarian grounds
        DublinResult r = run(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING))
                .discretionaryDecision(DiscretionaryDecision.of(
                        DiscretionaryDecision.Kind.HUMANITARIAN_ACCEPTED, DK, d("2025-05-01"))));
        assertThat(r.responsibleState()).isEqualTo(DK);
        assertThat(r.article()).isEqualTo("art. 17(2)");
    }

    @Test
    void art7_2_situationAtFirstLodgingFreezesFacts() {
        // Dublin III art. 7(2): the situation when the applicant first lodged an application
        DublinResult r = run(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2024-10-01"), PreviousApplication.Status.PENDING))
                .document(ResidenceDocument.of(PL, Kind.RESIDENCE_DOCUMENT, d("2024-12-01"), d("2026-12-01"))));
        // the Polish document was issued after the first application in IT: ignored
        assertThat(r.responsibleState()).isEqualTo(IT);
    }

    @Test
    void art7_3_lateFamilyEvidenceCountsForArt10() {
        // Dublin III art. 7(3): evidence of family present, produced before another State accepted, counts for art. 10
        FamilyMember wife = new FamilyMember(
                Relation.SPOUSE,
                SE,
                Status.APPLICANT,
                d("2025-01-01"),
                FamilyMember.Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                false,
                Optional.of(d("2025-04-01")));
        DublinCase.Builder b = adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2024-10-01"), PreviousApplication.Status.PENDING))
                .familyMember(wife);
        assertThat(run(b).responsibleState()).isEqualTo(SE);
        // evidence produced after IT accepted: no longer taken into account
        assertThat(run(b.acceptedByOtherStateOn(d("2025-03-20"))).responsibleState())
                .isEqualTo(IT);
    }

    @Test
    void art7_3_acceptanceEventClosesTheWindow() {
        // Dublin III art. 7(3): "before another Member State has accepted the request"; the ACCEPTED event counts
        FamilyMember wife = new FamilyMember(
                Relation.SPOUSE,
                SE,
                Status.APPLICANT,
                d("2025-01-01"),
                FamilyMember.Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                false,
                Optional.of(d("2025-04-01")));
        DublinResult r = run(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2024-10-01"), PreviousApplication.Status.PENDING))
                .familyMember(wife)
                .event(DublinEvent.of(DublinEvent.Kind.TAKE_BACK_REQUEST, d("2025-03-12"), IT))
                .event(DublinEvent.of(DublinEvent.Kind.ACCEPTED, d("2025-03-25"))));
        assertThat(r.responsibleState()).isEqualTo(IT);
    }

    @Test
    void art7_3_notAfterFirstDecisionOnSubstance() {
        // Dublin III art. 7(3): "provided that no previous application ... has been the subject of a first decision"
        FamilyMember wife = new FamilyMember(
                Relation.SPOUSE,
                SE,
                Status.APPLICANT,
                d("2025-01-01"),
                FamilyMember.Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                false,
                Optional.of(d("2025-04-01")));
        DublinResult r = run(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(
                        IT, d("2024-10-01"), PreviousApplication.Status.FIRST_DECISION_ON_SUBSTANCE))
                .familyMember(wife));
        assertThat(r.responsibleState()).isEqualTo(IT);
    }

    @Test
    void explanationListsEveryCriterionInOrder() {
        // Dublin III art. 7(1): criteria applied in the order of Chapter III
        DublinResult r =
                run(adultInNl("2025-03-10").entry(Entry.of(GR, d("2025-01-05"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(r.assessments())
                .extracting(CriterionAssessment::criterion)
                .containsExactly(
                        Criterion.MINORS,
                        Criterion.FAMILY_BENEFICIARY,
                        Criterion.FAMILY_APPLICANT,
                        Criterion.FAMILY_PROCEDURE,
                        Criterion.DOCUMENTS,
                        Criterion.IRREGULAR_ENTRY,
                        Criterion.FIVE_MONTH_STAY,
                        Criterion.VISA_WAIVED_ENTRY,
                        Criterion.AIRPORT_TRANSIT,
                        Criterion.FIRST_APPLICATION,
                        Criterion.DEPENDENT_PERSONS,
                        Criterion.HUMANITARIAN_CLAUSE,
                        Criterion.SOVEREIGNTY_CLAUSE);
        String text = r.explanation().toString();
        assertThat(text).contains("art. 8)", "does not apply", "art. 13(1)) applies", "not examined");
        assertThat(r.explanation().steps()).allSatisfy(s -> assertThat(s.text()).isNotBlank());
    }
}
