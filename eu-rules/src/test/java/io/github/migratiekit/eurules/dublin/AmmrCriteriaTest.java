package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.Cases.member;
import static io.github.migratiekit.eurules.dublin.Cases.unaccompaniedMinorIn;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.eurules.dublin.FamilyMember.Relation;
import io.github.migratiekit.eurules.dublin.FamilyMember.Status;
import io.github.migratiekit.eurules.dublin.ResidenceDocument.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One example per criterion and tie-break of the AMMR (Regulation (EU) 2024/1351, CELEX 32024R1351), for applications
 * registered from 2026-07-01 (art. 85). Expected States are read from the articles cited.
 */
class AmmrCriteriaTest {

    private static DublinResult run(DublinCase.Builder b) {
        DublinResult r = Dublin.determine(b.build());
        assertThat(r.regime()).isEqualTo(Regime.AMMR);
        return r;
    }

    @Test
    void regimeSwitchesOnFirstJuly2026() {
        // AMMR art. 84(2): registered before 1 July 2026 → Dublin III; art. 85: applies from 1 July 2026
        assertThat(Regime.forRegistration(d("2026-06-30"))).isEqualTo(Regime.DUBLIN_III);
        assertThat(Regime.forRegistration(d("2026-07-01"))).isEqualTo(Regime.AMMR);
        assertThat(Dublin.determine(adultInNl("2026-06-30").build()).regime()).isEqualTo(Regime.DUBLIN_III);
        assertThat(Dublin.determine(adultInNl("2026-07-01").build()).article()).isEqualTo("art. 16(2)");
    }

    @Test
    void namedRegimeOverridesDate() {
        DublinResult r = Dublin.determine(adultInNl("2025-03-10").build(), Regime.AMMR);
        assertThat(r.regime()).isEqualTo(Regime.AMMR);
        assertThat(r.explanation().toString()).contains("applied as asked");
    }

    @Test
    void art25_2_unaccompaniedMinorFamilyMember() {
        // AMMR art. 25(2): UAM → State where a family member or sibling is legally present
        DublinResult r = run(unaccompaniedMinorIn(NL, "2026-09-01")
                .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2022-01-01")));
        assertThat(r.responsibleState()).isEqualTo(DE);
        assertThat(r.article()).isEqualTo("art. 25(2)");
    }

    @Test
    void art25_3_relative() {
        // AMMR art. 25(3): a relative legally present who can take care of the minor
        DublinResult r = run(unaccompaniedMinorIn(NL, "2026-09-01")
                .familyMember(member(Relation.RELATIVE, BE, Status.LEGALLY_PRESENT, "2022-01-01")));
        assertThat(r.responsibleState()).isEqualTo(BE);
        assertThat(r.article()).isEqualTo("art. 25(3)");
    }

    @Test
    void art25_5_noFamilyFirstRegistration() {
        // AMMR art. 25(5): no family → the State where the minor's application was first registered
        DublinResult r = run(unaccompaniedMinorIn(NL, "2026-09-01")
                .previousApplication(PreviousApplication.of(IT, d("2026-07-15"), PreviousApplication.Status.PENDING)));
        assertThat(r.responsibleState()).isEqualTo(IT);
        assertThat(r.article()).isEqualTo("art. 25(5)");
        // unlike Dublin III art. 8(4) (C-648/11 MA): there the State where the minor is present
        DublinResult d3 = Dublin.determine(unaccompaniedMinorIn(NL, "2026-06-01")
                .previousApplication(PreviousApplication.of(IT, d("2026-05-15"), PreviousApplication.Status.PENDING))
                .build());
        assertThat(d3.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art26_beneficiary() {
        // AMMR art. 26: family member who is a beneficiary of international protection
        DublinResult r = run(
                adultInNl("2026-09-01").familyMember(member(Relation.SPOUSE, FR, Status.BENEFICIARY, "2020-01-01")));
        assertThat(r.responsibleState()).isEqualTo(FR);
        assertThat(r.article()).isEqualTo("art. 26");
    }

    @Test
    void art27_applicant_familyFormedInTransitCounts() {
        // AMMR art. 27 with art. 2(8): a family formed before arrival on the territory counts
        FamilyMember partner = new FamilyMember(
                Relation.PARTNER,
                AT,
                Status.APPLICANT,
                d("2026-05-01"),
                FamilyMember.Formed.BEFORE_ARRIVAL,
                true,
                false,
                Optional.empty());
        DublinResult r = run(adultInNl("2026-09-01").familyMember(partner));
        assertThat(r.responsibleState()).isEqualTo(AT);
        assertThat(r.article()).isEqualTo("art. 27");
        // Dublin III art. 2(g): only a family that existed in the country of origin
        DublinResult d3 =
                Dublin.determine(adultInNl("2026-06-01").familyMember(partner).build());
        assertThat(d3.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art28_familyProcedure() {
        // AMMR art. 28(a): the State responsible for the largest number of them
        DublinResult r = run(adultInNl("2026-09-01")
                .entry(Entry.of(GR, d("2026-08-01"), Entry.Kind.IRREGULAR_CROSSING))
                .jointApplicant(JointApplicant.of(d("1995-01-01"), IT))
                .jointApplicant(JointApplicant.of(d("2016-01-01"), IT)));
        assertThat(r.responsibleState()).isEqualTo(IT);
        assertThat(r.article()).isEqualTo("art. 28(a)");
        // AMMR art. 28(b): failing that, the oldest
        DublinResult b = run(adultInNl("2026-09-01")
                .entry(Entry.of(GR, d("2026-08-01"), Entry.Kind.IRREGULAR_CROSSING))
                .jointApplicant(JointApplicant.of(d("1970-01-01"), IT)));
        assertThat(b.responsibleState()).isEqualTo(IT);
        assertThat(b.article()).isEqualTo("art. 28(b)");
    }

    @Test
    void art29_1_residenceDocument() {
        // AMMR art. 29(1): valid residence document → issuing State
        DublinResult r = run(adultInNl("2026-09-01")
                .document(ResidenceDocument.of(PL, Kind.RESIDENCE_DOCUMENT, d("2026-01-01"), d("2027-12-31"))));
        assertThat(r.responsibleState()).isEqualTo(PL);
        assertThat(r.article()).isEqualTo("art. 29(1)");
    }

    @Test
    void art29_3_tieBreaks() {
        // AMMR art. 29(3)(b): visas of the same type → latest expiry
        DublinResult r = run(adultInNl("2026-09-01")
                .document(ResidenceDocument.of(FR, Kind.SHORT_STAY_VISA, d("2026-08-01"), d("2026-09-30")))
                .document(ResidenceDocument.of(ES, Kind.SHORT_STAY_VISA, d("2026-08-15"), d("2026-10-15"))));
        assertThat(r.responsibleState()).isEqualTo(ES);
        assertThat(r.article()).isEqualTo("art. 29(3)(b)");
    }

    @Test
    void art25_4_severalStatesBestInterests() {
        // AMMR art. 25(4): family members or relatives in several States → best interests of the child
        DublinCase.Builder b = unaccompaniedMinorIn(NL, "2026-09-01")
                .familyMember(member(Relation.PARENT, DE, Status.LEGALLY_PRESENT, "2022-01-01"))
                .familyMember(member(Relation.SIBLING, SE, Status.BENEFICIARY, "2022-01-01"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dublin.determine(b.build()))
                .isInstanceOf(IndeterminateResponsibilityException.class)
                .hasMessageContaining("art. 25(4)");
        assertThat(run(b.bestInterestsState(SE)).responsibleState()).isEqualTo(SE);
    }

    @Test
    void art29_2_representation() {
        // AMMR art. 29(2): a visa issued on behalf of another State under representation → the represented State
        ResidenceDocument visa = new ResidenceDocument(
                BE,
                Kind.SHORT_STAY_VISA,
                d("2026-08-20"),
                d("2026-09-20"),
                Optional.of(LU),
                true,
                ResidenceDocument.Fraud.NONE);
        DublinResult r = run(adultInNl("2026-09-01").document(visa));
        assertThat(r.responsibleState()).isEqualTo(LU);
        assertThat(r.article()).isEqualTo("art. 29(2)");
    }

    @Test
    void art29_3a_residenceDocumentsLongestPeriod() {
        // AMMR art. 29(3)(a): the residence document giving the longest period of residence
        DublinResult r = run(adultInNl("2026-09-01")
                .document(ResidenceDocument.of(PL, Kind.RESIDENCE_DOCUMENT, d("2026-01-01"), d("2027-12-31")))
                .document(ResidenceDocument.of(CZ, Kind.RESIDENCE_DOCUMENT, d("2025-01-01"), d("2027-06-30"))));
        assertThat(r.responsibleState()).isEqualTo(CZ);
        assertThat(r.article()).isEqualTo("art. 29(3)(a)");
    }

    @Test
    void art29_3c_visasOfDifferentKinds() {
        // AMMR art. 29(3)(c): visas of different kinds → the longest period of validity
        DublinResult r = run(adultInNl("2026-09-01")
                .document(ResidenceDocument.of(FR, Kind.LONG_STAY_VISA, d("2026-06-01"), d("2026-12-31")))
                .document(ResidenceDocument.of(ES, Kind.SHORT_STAY_VISA, d("2026-08-01"), d("2027-01-15"))));
        assertThat(r.responsibleState()).isEqualTo(FR);
        assertThat(r.article()).isEqualTo("art. 29(3)(c)");
    }

    @Test
    void art29_4_longerExpiryPeriods() {
        // AMMR art. 29(4): visa expired less than 18 months (Dublin III: 6 months) before registration
        DublinCase.Builder b = adultInNl("2026-09-01")
                .document(ResidenceDocument.of(HU, Kind.SHORT_STAY_VISA, d("2025-06-01"), d("2025-06-30")));
        DublinResult r = run(b);
        assertThat(r.responsibleState()).isEqualTo(HU);
        assertThat(r.article()).isEqualTo("art. 29(4)");
        // residence document expired less than 3 years before (Dublin III: 2 years)
        DublinResult res = run(adultInNl("2026-09-01")
                .document(ResidenceDocument.of(SK, Kind.RESIDENCE_DOCUMENT, d("2021-01-01"), d("2024-01-31"))));
        assertThat(res.responsibleState()).isEqualTo(SK);
    }

    @Test
    void art30_diplomaWithinSixYears() {
        // AMMR art. 30(1): diploma issued less than six years before registration
        DublinResult r = run(adultInNl("2026-09-01").diploma(Diploma.of(IE, d("2021-06-30"), 36)));
        assertThat(r.responsibleState()).isEqualTo(IE);
        assertThat(r.article()).isEqualTo("art. 30(1)");
        DublinResult old = run(adultInNl("2026-09-01").diploma(Diploma.of(IE, d("2020-06-30"), 36)));
        assertThat(old.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art30_2_longestStudyThenMostRecent() {
        // AMMR art. 30(2): several diplomas → longest period of study; equal → most recent
        DublinResult r = run(adultInNl("2026-09-01")
                .diploma(Diploma.of(IE, d("2022-06-30"), 12))
                .diploma(Diploma.of(PT, d("2021-06-30"), 48)));
        assertThat(r.responsibleState()).isEqualTo(PT);
        assertThat(r.article()).isEqualTo("art. 30(2)");
        DublinResult equal = run(adultInNl("2026-09-01")
                .diploma(Diploma.of(IE, d("2022-06-30"), 24))
                .diploma(Diploma.of(PT, d("2021-06-30"), 24)));
        assertThat(equal.responsibleState()).isEqualTo(IE);
    }

    @Test
    void art31_visaWaived() {
        // AMMR art. 31(1): visa-waived entry
        DublinResult r = run(adultInNl("2026-09-01").entry(Entry.of(ES, d("2026-08-20"), Entry.Kind.VISA_WAIVED)));
        assertThat(r.responsibleState()).isEqualTo(ES);
        assertThat(r.article()).isEqualTo("art. 31(1)");
    }

    @Test
    void art32_airportTransit() {
        // AMMR art. 32: application in the international transit area of an airport
        DublinResult r =
                run(adultInNl("2026-09-01").entry(Entry.of(NL, d("2026-09-01"), Entry.Kind.AIRPORT_TRANSIT_AREA)));
        assertThat(r.article()).isEqualTo("art. 32");
    }

    @Test
    void art33_1_irregularEntryTwentyMonths() {
        // AMMR art. 33(1): responsibility ceases if registered more than 20 months after the crossing
        DublinResult r =
                run(adultInNl("2026-09-01").entry(Entry.of(GR, d("2025-01-01"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(r.responsibleState()).isEqualTo(GR); // 20 months end 2026-09-01
        assertThat(r.article()).isEqualTo("art. 33(1)");
        DublinResult ceased =
                run(adultInNl("2026-09-02").entry(Entry.of(GR, d("2025-01-01"), Entry.Kind.IRREGULAR_CROSSING)));
        assertThat(ceased.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art33_1_searchAndRescueTwelveMonths() {
        // AMMR art. 33(2): disembarkation after search and rescue, ceases 12 months after (cf. art. 68(2))
        DublinResult r = run(adultInNl("2026-09-01")
                .entry(Entry.of(MT, d("2025-09-01"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION)));
        assertThat(r.responsibleState()).isEqualTo(MT);
        assertThat(r.article()).isEqualTo("art. 33(2)");
        DublinResult ceased = run(adultInNl("2026-09-02")
                .entry(Entry.of(MT, d("2025-09-01"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION)));
        assertThat(ceased.responsibleState()).isEqualTo(NL);
    }

    @Test
    void art33_2_relocation() {
        // AMMR art. 33(3) (paragraph number uncertain): relocated after crossing → the State of relocation
        DublinResult r = run(adultInNl("2026-12-01")
                .entry(Entry.of(IT, d("2026-07-10"), Entry.Kind.IRREGULAR_CROSSING))
                .entry(Entry.of(PT, d("2026-09-10"), Entry.Kind.RELOCATION)));
        assertThat(r.responsibleState()).isEqualTo(PT);
        assertThat(r.article()).isEqualTo("art. 33(3)");
    }

    @Test
    void entryComesAfterVisaWaiverInTheAmmrOrder() {
        // AMMR arts. 31–33: visa-waived entry (31) precedes entry (33); in Dublin III art. 13 precedes art. 14
        DublinCase.Builder b = adultInNl("2026-09-01")
                .entry(Entry.of(ES, d("2026-07-02"), Entry.Kind.VISA_WAIVED))
                .entry(Entry.of(GR, d("2026-08-02"), Entry.Kind.IRREGULAR_CROSSING));
        assertThat(run(b).responsibleState()).isEqualTo(ES);
        assertThat(Dublin.determine(b.build(), Regime.DUBLIN_III).responsibleState())
                .isEqualTo(GR);
    }

    @Test
    void noFiveMonthRuleInAmmr() {
        // Dublin III art. 13(2) has no AMMR counterpart (legal-rules.md §C.4, uncertain)
        DublinCase.Builder b = adultInNl("2026-09-01")
                .entry(Entry.of(GR, d("2023-01-10"), Entry.Kind.IRREGULAR_CROSSING))
                .residencePeriod(ResidencePeriod.of(AT, d("2025-06-01"), d("2026-08-28")));
        assertThat(run(b).responsibleState()).isEqualTo(NL);
        assertThat(Dublin.determine(b.build(), Regime.DUBLIN_III).responsibleState())
                .isEqualTo(AT);
    }

    @Test
    void art16_2_residualFirstRegistration() {
        // AMMR art. 16(2): the first State in which the application was registered
        DublinResult r = run(adultInNl("2026-09-01")
                .previousApplication(PreviousApplication.of(BE, d("2026-07-20"), PreviousApplication.Status.PENDING)));
        assertThat(r.responsibleState()).isEqualTo(BE);
        assertThat(r.article()).isEqualTo("art. 16(2)");
    }

    @Test
    void art34_dependentPersonsIncludingTrauma() {
        // AMMR art. 34(1): severe psychological trauma is a ground (not in Dublin III art. 16)
        Dependency dep = Dependency.of(Dependency.Relation.SIBLING, FI, Dependency.Ground.SEVERE_TRAUMA);
        DublinResult r = run(adultInNl("2026-09-01").dependency(dep));
        assertThat(r.responsibleState()).isEqualTo(FI);
        assertThat(r.article()).isEqualTo("art. 34(1)");
        assertThat(Dublin.determine(adultInNl("2026-06-01").dependency(dep).build())
                        .responsibleState())
                .isEqualTo(NL);
    }

    @Test
    void art35_discretionaryClauses() {
        // AMMR art. 35(1): sovereignty; art. 35(2): humanitarian
        DublinResult s = run(adultInNl("2026-09-01")
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, NL, d("2026-09-10"))));
        assertThat(s.article()).isEqualTo("art. 35(1)");
        DublinResult h = run(adultInNl("2026-09-01")
                .discretionaryDecision(DiscretionaryDecision.of(
                        DiscretionaryDecision.Kind.HUMANITARIAN_ACCEPTED, SE, d("2026-10-10"))));
        assertThat(h.responsibleState()).isEqualTo(SE);
        assertThat(h.article()).isEqualTo("art. 35(2)");
    }
}
