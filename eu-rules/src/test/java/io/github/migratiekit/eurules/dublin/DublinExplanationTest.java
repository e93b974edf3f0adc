package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.Cases.member;
import static io.github.migratiekit.eurules.dublin.Cases.unaccompaniedMinorIn;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.legal.ExplanationStep;
import io.github.migratiekit.eurules.dublin.CriterionAssessment.Outcome;
import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import io.github.migratiekit.eurules.dublin.FamilyMember.Formed;
import io.github.migratiekit.eurules.dublin.FamilyMember.Relation;
import io.github.migratiekit.eurules.dublin.FamilyMember.Status;
import io.github.migratiekit.eurules.dublin.ResidenceDocument.Fraud;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reasons and explanations name their key facts: the article, the dates, the State. Each test reads a case whose
 * answer follows from the article cited, and checks the reason for the facts that make it so (and, where a fact is
 * absent, that the reason does not claim it).
 */
class DublinExplanationTest {

    private static CriterionAssessment assessment(DublinResult r, Criterion c) {
        return r.assessments().stream()
                .filter(a -> a.criterion() == c)
                .findFirst()
                .orElseThrow();
    }

    private static String reason(DublinCase.Builder b, Criterion c) {
        return assessment(Dublin.determine(b.build()), c).reason();
    }

    private static Applicant accompaniedMinor() {
        return Applicant.of(d("2010-01-01"), "ER", false);
    }

    private static FamilyMember family(Relation rel, MemberState st, Status status, boolean wish) {
        return new FamilyMember(
                rel, st, status, d("2019-01-01"), Formed.IN_COUNTRY_OF_ORIGIN, wish, true, Optional.empty());
    }

    // ---- the steps around the criteria ----

    @Test
    void theRegimeStepNamesTheRegistrationAndTheCutOver() {
        // AMMR art. 84(2): registered before 2026-07-01 → Dublin III; art. 85: from 2026-07-01 → AMMR
        List<ExplanationStep> d3 =
                Dublin.determine(adultInNl("2025-03-10").build()).explanation().steps();
        assertThat(d3.get(0).text())
                .isEqualTo("The application was registered in NL on 2025-03-10, before 2026-07-01: responsibility is"
                        + " determined under Dublin III.");
        assertThat(d3.get(0).source().orElseThrow().article()).isEqualTo("art. 84(2)");
        assertThat(d3.get(0).source().orElseThrow().note()).contains("art. 49");
        assertThat(d3.get(1).text())
                .isEqualTo("The criteria are applied to the situation on 2025-03-10, when the applicant first applied"
                        + " in a Member State (NL).");
        assertThat(d3.get(1).source().orElseThrow().article()).isEqualTo("art. 7(2)");
        List<ExplanationStep> ammr =
                Dublin.determine(adultInNl("2026-09-01").build()).explanation().steps();
        assertThat(ammr.get(0).text())
                .isEqualTo("The application was registered in NL on 2026-09-01, not before 2026-07-01: responsibility"
                        + " is determined under AMMR.");
        assertThat(ammr.get(0).source().orElseThrow().article()).isEqualTo("art. 85");
        assertThat(ammr.get(1).source().orElseThrow().article()).isEqualTo("art. 24");
        assertThat(ammr.get(1).source().orElseThrow().note()).contains("uncertain");
        List<ExplanationStep> named = Dublin.determine(adultInNl("2025-03-10").build(), Regime.AMMR)
                .explanation()
                .steps();
        assertThat(named.get(0).text())
                .isEqualTo("Regime AMMR applied as asked (the registration date 2025-03-10 would select Dublin III).");
    }

    @Test
    void everyCriterionStepStartsWithItsTitleAndCitesItsArticle() {
        // Dublin III art. 7(1): the criteria in order; the first that applies designates the State
        DublinResult r = Dublin.determine(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                .build());
        List<String> texts =
                r.explanation().steps().stream().map(ExplanationStep::text).toList();
        assertThat(texts)
                .contains("Unaccompanied minor (art. 8) does not apply because the applicant was not a minor on"
                        + " 2025-03-10, the day of the first application.")
                .contains("Continuous stay of five months (art. 13(2)) not examined because a criterion higher in the"
                        + " order (art. 13(1)) already applies (art. 7(1)).")
                .contains("Result: GR is responsible under Dublin III art. 13(1) (entry).");
        ExplanationStep entry = r.explanation().steps().stream()
                .filter(s -> s.text().startsWith("Entry (art. 13(1)) applies because"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.source().orElseThrow().article()).isEqualTo("art. 13(1)");
        assertThat(entry.text()).contains("GR", "2024-09-14", "within 12 months (until 2025-09-14)");
        assertThat(texts).noneMatch(t -> t.contains("prevails"));
        assertThat(assessment(r, Criterion.FIVE_MONTH_STAY).article()).isEqualTo("art. 13(2)");
        assertThat(assessment(r, Criterion.FIVE_MONTH_STAY).outcome()).isEqualTo(Outcome.NOT_EXAMINED);
    }

    @Test
    void aClauseThatPrevailsSaysOverWhat() {
        // Dublin III art. 17(1): a State that decides to examine the application becomes responsible
        DublinResult r = Dublin.determine(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, NL, d("2025-04-01")))
                .build());
        assertThat(r.responsibleState()).isEqualTo(NL);
        List<ExplanationStep> steps = r.explanation().steps();
        assertThat(steps.get(steps.size() - 1).text())
                .isEqualTo("Result: NL is responsible under Dublin III art. 17(1) (sovereignty clause). The sovereignty"
                        + " clause prevails over the entry.");
        assertThat(assessment(r, Criterion.SOVEREIGNTY_CLAUSE).reason())
                .isEqualTo("NL decided on 2025-04-01 to examine the application lodged with it and so became"
                        + " responsible.");
        assertThat(assessment(r, Criterion.HUMANITARIAN_CLAUSE).reason())
                .isEqualTo("no Member State accepted a humanitarian request.");
    }

    // ---- minors (Dublin III art. 8, AMMR art. 25) ----

    @Test
    void accompaniedMinorFollowsTheFamilyMember() {
        // Dublin III art. 20(3), AMMR art. 36(2): an accompanied minor's situation follows the family member's
        DublinCase.Builder d3 = DublinCase.builder(accompaniedMinor(), Application.of(NL, d("2025-03-10")));
        assertThat(reason(d3, Criterion.MINORS)).contains("accompanied minor", "art. 20(3)");
        DublinCase.Builder ammr = DublinCase.builder(accompaniedMinor(), Application.of(NL, d("2026-09-01")));
        assertThat(reason(ammr, Criterion.MINORS)).contains("accompanied minor", "art. 36(2)");
    }

    @Test
    void theBestInterestsChoiceIsNamedOnlyWhenThereWasOne() {
        // Dublin III art. 8(1), (3)
        String one = reason(
                unaccompaniedMinorIn(NL, "2025-03-10")
                        .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2020-01-01")),
                Criterion.MINORS);
        assertThat(one).contains("legally present in DE").doesNotContain("best-interests");
        String two = reason(
                unaccompaniedMinorIn(NL, "2025-03-10")
                        .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2020-01-01"))
                        .familyMember(member(Relation.PARENT, FR, Status.APPLICANT, "2021-01-01"))
                        .bestInterestsState(FR),
                Criterion.MINORS);
        assertThat(two).contains("legally present in DE, FR; the best-interests assessment chose FR");
    }

    @Test
    void relativesWhoCanTakeCare() {
        // Dublin III art. 8(2): a relative who can take care of the minor; art. 8(4) otherwise
        FamilyMember cannot = new FamilyMember(
                Relation.RELATIVE,
                BE,
                Status.LEGALLY_PRESENT,
                d("2018-01-01"),
                Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                false,
                Optional.empty());
        DublinResult r = Dublin.determine(
                unaccompaniedMinorIn(NL, "2025-03-10").familyMember(cannot).build());
        assertThat(r.article()).isEqualTo("art. 8(4)");
        assertThat(r.responsibleState()).isEqualTo(NL);
        // relatives who can in two States: the best interests decide (art. 8(3); AMMR art. 25(4))
        DublinCase.Builder d3 = unaccompaniedMinorIn(NL, "2025-03-10")
                .familyMember(member(Relation.RELATIVE, BE, Status.LEGALLY_PRESENT, "2018-01-01"))
                .familyMember(member(Relation.RELATIVE, AT, Status.LEGALLY_PRESENT, "2018-01-01"));
        assertThatThrownBy(() -> Dublin.determine(d3.build()))
                .isInstanceOf(IndeterminateResponsibilityException.class)
                .hasMessageContaining("relatives who can take care of the minor are legally present in AT, BE")
                .hasMessageContaining("Dublin III art. 8(3)");
        DublinCase.Builder ammr = unaccompaniedMinorIn(NL, "2026-09-01")
                .familyMember(member(Relation.RELATIVE, BE, Status.LEGALLY_PRESENT, "2018-01-01"))
                .familyMember(member(Relation.RELATIVE, AT, Status.LEGALLY_PRESENT, "2018-01-01"));
        assertThatThrownBy(() -> Dublin.determine(ammr.build())).hasMessageContaining("AMMR art. 25(4)");
        DublinResult chosen = Dublin.determine(d3.bestInterestsState(AT).build());
        assertThat(chosen.article()).isEqualTo("art. 8(2)");
        assertThat(chosen.responsibleState()).isEqualTo(AT);
        assertThat(assessment(chosen, Criterion.MINORS).reason())
                .contains("legally present in AT, BE who can take care", "the best-interests assessment chose AT");
        assertThat(reason(
                        unaccompaniedMinorIn(NL, "2025-03-10")
                                .familyMember(member(Relation.RELATIVE, BE, Status.LEGALLY_PRESENT, "2018-01-01")),
                        Criterion.MINORS))
                .doesNotContain("best-interests");
    }

    @Test
    void lateFamilyEvidenceIsNamedWithItsArticle() {
        // Dublin III art. 7(3): family present after the application counts when the evidence came in time
        FamilyMember late = new FamilyMember(
                Relation.SIBLING,
                DE,
                Status.BENEFICIARY,
                d("2025-04-01"),
                Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                true,
                Optional.of(d("2025-04-10")));
        String d3 = reason(unaccompaniedMinorIn(NL, "2025-03-10").familyMember(late), Criterion.MINORS);
        assertThat(d3).contains("(including family present only after 2025-03-10", "art. 7(3)");
        // AMMR: the counterpart is cited as art. 24 with its caveat
        FamilyMember lateAmmr = new FamilyMember(
                Relation.SIBLING,
                DE,
                Status.BENEFICIARY,
                d("2026-09-05"),
                Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                true,
                Optional.of(d("2026-09-10")));
        String ammr = reason(unaccompaniedMinorIn(NL, "2026-09-01").familyMember(lateAmmr), Criterion.MINORS);
        assertThat(ammr).contains("art. 24", "uncertain: AMMR counterpart of Dublin III art. 7(3)");
        // present before: no such note
        assertThat(reason(
                        unaccompaniedMinorIn(NL, "2025-03-10")
                                .familyMember(member(Relation.SIBLING, DE, Status.BENEFICIARY, "2020-01-01")),
                        Criterion.MINORS))
                .doesNotContain("including");
        // an earlier step that is not an acceptance does not close the window (art. 7(3): "accepted")
        FamilyMember wife = new FamilyMember(
                Relation.SPOUSE,
                SE,
                Status.APPLICANT,
                d("2025-01-01"),
                Formed.IN_COUNTRY_OF_ORIGIN,
                true,
                false,
                Optional.of(d("2025-04-01")));
        DublinResult r = Dublin.determine(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2024-10-01"), PreviousApplication.Status.PENDING))
                .familyMember(wife)
                .event(DublinEvent.of(Kind.TAKE_BACK_REQUEST, d("2025-03-12"), IT))
                .build());
        assertThat(r.responsibleState()).isEqualTo(SE);
        assertThat(r.article()).isEqualTo("art. 10");
    }

    // ---- family (Dublin III arts. 9, 10; AMMR arts. 26, 27) ----

    @Test
    void aParentIsAFamilyMemberOfAMinorApplicantOnly() {
        // Dublin III art. 2(g): the father or mother is a family member when the applicant is a minor
        DublinResult minor =
                Dublin.determine(DublinCase.builder(accompaniedMinor(), Application.of(NL, d("2025-03-10")))
                        .familyMember(family(Relation.PARENT, DE, Status.BENEFICIARY, true))
                        .build());
        assertThat(minor.responsibleState()).isEqualTo(DE);
        assertThat(minor.article()).isEqualTo("art. 9");
        DublinResult adult = Dublin.determine(adultInNl("2025-03-10")
                .familyMember(family(Relation.PARENT, DE, Status.BENEFICIARY, true))
                .build());
        assertThat(adult.responsibleState()).isEqualTo(NL);
        assertThat(assessment(adult, Criterion.FAMILY_BENEFICIARY).reason())
                .isEqualTo("no family member was allowed to reside as a beneficiary of international protection in a"
                        + " Member State on 2025-03-10.");
        DublinResult spouse = Dublin.determine(adultInNl("2025-03-10")
                .familyMember(family(Relation.SPOUSE, DE, Status.BENEFICIARY, true))
                .build());
        assertThat(spouse.responsibleState()).isEqualTo(DE);
    }

    @Test
    void familyReasonsNameTheStateAndWhatIsMissing() {
        // Dublin III arts. 9, 10: "provided that the persons concerned expressed their desire in writing"
        assertThat(reason(
                        adultInNl("2025-03-10").familyMember(family(Relation.SPOUSE, DE, Status.BENEFICIARY, false)),
                        Criterion.FAMILY_BENEFICIARY))
                .isEqualTo("a family member is a beneficiary in DE, but the persons concerned did not express their"
                        + " desire in writing.");
        assertThat(reason(
                        adultInNl("2025-03-10").familyMember(family(Relation.SPOUSE, DE, Status.APPLICANT, false)),
                        Criterion.FAMILY_APPLICANT))
                .isEqualTo("a family member is an applicant in DE, but the persons concerned did not express their"
                        + " desire in writing.");
        // art. 10: not once the family member's application has had a first decision on the substance
        assertThat(reason(
                        adultInNl("2025-03-10")
                                .familyMember(family(Relation.SPOUSE, DE, Status.APPLICANT_DECIDED, true)),
                        Criterion.FAMILY_APPLICANT))
                .contains("already been the subject of a first decision on the substance");
        // no applicant at all: the family definition of the regime (Dublin III art. 2(g), AMMR art. 2(8))
        assertThat(reason(
                        adultInNl("2025-03-10").familyMember(family(Relation.SPOUSE, DE, Status.LEGALLY_PRESENT, true)),
                        Criterion.FAMILY_APPLICANT))
                .isEqualTo("no family member (a family formed in the country of origin) was an applicant without a"
                        + " first decision on the substance.");
        assertThat(reason(adultInNl("2026-09-01"), Criterion.FAMILY_APPLICANT))
                .contains("a family formed before arrival");
    }

    @Test
    void familyProcedureShowsHowTheCriteriaWouldSeparateThem() {
        // Dublin III art. 11(a): the State responsible for the largest number of them
        String r = reason(
                adultInNl("2025-03-10")
                        .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                        .jointApplicant(JointApplicant.of(d("1960-01-01"), IT))
                        .jointApplicant(JointApplicant.of(d("1995-01-01"), IT)),
                Criterion.FAMILY_PROCEDURE);
        assertThat(r).contains("(GR for 1, IT for 2)", "the largest number of them, IT");
    }

    // ---- documents (Dublin III art. 12, AMMR art. 29) ----

    @Test
    void documentReasonsNameKindStateAndFraud() {
        // art. 12(1) residence document, 12(2) visa; a residence document decides when both are of one State
        DublinCase.Builder both = adultInNl("2025-03-10")
                .document(ResidenceDocument.of(
                        FR, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2025-02-01"), d("2025-04-30")))
                .document(ResidenceDocument.of(
                        FR, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2024-02-01"), d("2026-04-30")));
        DublinResult r = Dublin.determine(both.build());
        assertThat(r.article()).isEqualTo("art. 12(1)");
        assertThat(assessment(r, Criterion.DOCUMENTS).reason())
                .isEqualTo("the applicant held a residence document of FR valid on 2025-03-10.");
        DublinResult visa = Dublin.determine(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(
                        FR, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2025-02-01"), d("2025-04-30")))
                .build());
        assertThat(visa.article()).isEqualTo("art. 12(2)");
        assertThat(assessment(visa, Criterion.DOCUMENTS).reason()).startsWith("the applicant held a visa of FR");
        // art. 12(5): fraud before issue still counts; fraud established after issue does not
        ResidenceDocument fraudBefore = new ResidenceDocument(
                FR,
                ResidenceDocument.Kind.SHORT_STAY_VISA,
                d("2025-02-01"),
                d("2025-04-30"),
                Optional.empty(),
                true,
                Fraud.BEFORE_ISSUE);
        assertThat(reason(adultInNl("2025-03-10").document(fraudBefore), Criterion.DOCUMENTS))
                .contains("A document obtained by fraud still counts (art. 12(5)).");
        ResidenceDocument fraudAfter = new ResidenceDocument(
                DE,
                ResidenceDocument.Kind.SHORT_STAY_VISA,
                d("2025-02-01"),
                d("2025-04-30"),
                Optional.empty(),
                true,
                Fraud.AFTER_ISSUE);
        String disregarded =
                reason(adultInNl("2025-03-10").document(fraudAfter).document(fraudBefore), Criterion.DOCUMENTS);
        assertThat(disregarded).contains("visa of FR", "fraud after issue (art. 12(5))");
        assertThat(reason(adultInNl("2025-03-10").document(fraudAfter), Criterion.DOCUMENTS))
                .isEqualTo("the applicant held no residence document or visa on 2025-03-10. A document is disregarded"
                        + " because the issuing State established fraud after issue (art. 12(5)).");
        assertThat(visa.explanation().toString()).doesNotContain("fraud");
        // art. 12(2): a visa issued under representation counts for the represented State
        ResidenceDocument represented = new ResidenceDocument(
                FR,
                ResidenceDocument.Kind.SHORT_STAY_VISA,
                d("2025-02-01"),
                d("2025-04-30"),
                Optional.of(LU),
                true,
                Fraud.NONE);
        DublinResult rep =
                Dublin.determine(adultInNl("2025-03-10").document(represented).build());
        assertThat(rep.responsibleState()).isEqualTo(LU);
        assertThat(assessment(rep, Criterion.DOCUMENTS).reason())
                .contains("visa of LU", "A visa issued under representation counts for the represented State.");
    }

    @Test
    void expiredDocumentsNameTheirPeriods() {
        // Dublin III art. 12(4): expired less than 2 years (residence document) or 6 months (visa) before
        ResidenceDocument visa =
                ResidenceDocument.of(FR, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2024-10-01"), d("2024-12-31"));
        DublinResult r = Dublin.determine(adultInNl("2025-03-10").document(visa).build());
        assertThat(r.article()).isEqualTo("art. 12(4)");
        assertThat(assessment(r, Criterion.DOCUMENTS).reason())
                .contains("expired less than 2 years (residence document) or 6 months (visa) before 2025-03-10");
        // AMMR art. 29(4): 3 years and 18 months (read in the Spanish text; data with a note)
        ResidenceDocument ammrVisa =
                ResidenceDocument.of(FR, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2025-10-01"), d("2025-12-31"));
        assertThat(reason(adultInNl("2026-09-01").document(ammrVisa), Criterion.DOCUMENTS))
                .contains("expired less than 3 years (residence document) or 18 months (visa) before 2026-09-01");
        // longer ago: the State where the application was lodged (Dublin III art. 12(4), second subparagraph)
        ResidenceDocument old =
                ResidenceDocument.of(FR, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2020-01-01"), d("2022-12-31"));
        DublinResult o = Dublin.determine(adultInNl("2025-03-10").document(old).build());
        assertThat(o.responsibleState()).isEqualTo(NL);
        assertThat(o.article()).isEqualTo("art. 12(4)");
        assertThat(assessment(o, Criterion.DOCUMENTS).reason())
                .contains(
                        "more than 2 years / 6 months before 2025-03-10",
                        "the State where the application was lodged, NL")
                .doesNotContain("uncertain");
        ResidenceDocument oldAmmr =
                ResidenceDocument.of(FR, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2020-01-01"), d("2022-12-31"));
        assertThat(reason(adultInNl("2026-09-01").document(oldAmmr), Criterion.DOCUMENTS))
                .contains("more than 3 years / 18 months", "(AMMR wording of this rule uncertain)");
        // an expired document that did not enable entry does not count
        ResidenceDocument notUsed = new ResidenceDocument(
                FR,
                ResidenceDocument.Kind.SHORT_STAY_VISA,
                d("2024-10-01"),
                d("2024-12-31"),
                Optional.empty(),
                false,
                Fraud.NONE);
        assertThat(reason(adultInNl("2025-03-10").document(notUsed), Criterion.DOCUMENTS))
                .startsWith("no document was valid on 2025-03-10, and none that expired counts");
    }

    @Test
    void anExpiredDocumentCountsUnlessTheApplicantLeftSinceItsIssue() {
        // Dublin III art. 12(4): "as long as the applicant has not left the territories of the Member States"
        ResidenceDocument visa =
                ResidenceDocument.of(FR, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2024-10-01"), d("2024-12-31"));
        DublinResult leftBefore = Dublin.determine(adultInNl("2025-03-10")
                .document(visa)
                .departure(Departure.of(d("2024-06-01"), d("2024-07-01")))
                .build());
        assertThat(leftBefore.responsibleState()).isEqualTo(FR);
        DublinResult leftSince = Dublin.determine(adultInNl("2025-03-10")
                .document(visa)
                .departure(Departure.of(d("2025-01-10"), d("2025-01-20")))
                .build());
        assertThat(leftSince.responsibleState()).isEqualTo(NL);
        assertThat(assessment(leftSince, Criterion.DOCUMENTS).outcome()).isEqualTo(Outcome.DOES_NOT_APPLY);
    }

    @Test
    void documentsEqualOnEveryTieBreakAreIndeterminate() {
        // Dublin III art. 12(3)(a): longest period of residence, then latest expiry; nothing ranks two equal ones
        DublinCase c = adultInNl("2025-03-10")
                .document(ResidenceDocument.of(
                        DE, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2024-01-01"), d("2025-12-31")))
                .document(ResidenceDocument.of(
                        FR, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2024-01-01"), d("2025-12-31")))
                .build();
        assertThatThrownBy(() -> Dublin.determine(c))
                .isInstanceOf(IndeterminateResponsibilityException.class)
                .hasMessageContaining("documents")
                .hasMessageContaining("art. 12(3)(a)")
                .hasMessageContaining("DE, FR");
        // one day longer decides
        DublinResult r = Dublin.determine(adultInNl("2025-03-10")
                .document(ResidenceDocument.of(
                        DE, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2023-12-31"), d("2025-12-31")))
                .document(ResidenceDocument.of(
                        FR, ResidenceDocument.Kind.RESIDENCE_DOCUMENT, d("2024-01-01"), d("2025-12-31")))
                .build());
        assertThat(r.responsibleState()).isEqualTo(DE);
        assertThat(r.article()).isEqualTo("art. 12(3)(a)");
    }

    // ---- diplomas (AMMR art. 30) ----

    @Test
    void diplomaReasons() {
        // AMMR art. 30(1): a diploma issued less than six years before registration
        assertThat(reason(adultInNl("2026-09-01"), Criterion.DIPLOMA))
                .isEqualTo("the applicant held no diploma or qualification issued in a Member State by 2026-09-01.");
        assertThat(reason(adultInNl("2026-09-01").diploma(Diploma.of(IE, d("2019-06-30"), 36)), Criterion.DIPLOMA))
                .isEqualTo("every diploma was issued more than six years before the application was registered on"
                        + " 2026-09-01.");
        // art. 30(2): several States → the longest period of study
        DublinResult r = Dublin.determine(adultInNl("2026-09-01")
                .diploma(Diploma.of(IE, d("2022-06-30"), 36))
                .diploma(Diploma.of(PT, d("2023-06-30"), 24))
                .build());
        assertThat(r.responsibleState()).isEqualTo(IE);
        assertThat(r.article()).isEqualTo("art. 30(2)");
        assertThat(assessment(r, Criterion.DIPLOMA).reason())
                .contains("issued in IE on 2022-06-30", "the longest period of study (36 months");
        assertThat(reason(adultInNl("2026-09-01").diploma(Diploma.of(IE, d("2022-06-30"), 36)), Criterion.DIPLOMA))
                .doesNotContain("longest");
        // equal on both tie-breaks: no rule
        assertThatThrownBy(() -> Dublin.determine(adultInNl("2026-09-01")
                        .diploma(Diploma.of(IE, d("2022-06-30"), 36))
                        .diploma(Diploma.of(PT, d("2022-06-30"), 36))
                        .build()))
                .isInstanceOf(IndeterminateResponsibilityException.class)
                .hasMessageContaining("art. 30(2)")
                .hasMessageContaining("IE, PT");
    }

    // ---- entry (Dublin III art. 13(1), AMMR art. 33) ----

    @Test
    void entryReasonsNameTheKindOfEntryAndItsPeriod() {
        // AMMR art. 33(1), (2): 20 months after a crossing, 12 after a disembarkation
        assertThat(reason(adultInNl("2026-09-01"), Criterion.IRREGULAR_ENTRY))
                .isEqualTo("no irregular border crossing or search-and-rescue disembarkation is established before"
                        + " 2026-09-01.");
        assertThat(reason(adultInNl("2025-03-10"), Criterion.IRREGULAR_ENTRY))
                .isEqualTo("no irregular border crossing is established before 2025-03-10.");
        assertThat(reason(
                        adultInNl("2026-09-01")
                                .entry(Entry.of(MT, d("2026-07-20"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION)),
                        Criterion.IRREGULAR_ENTRY))
                .isEqualTo("the applicant was disembarked in MT after a search-and-rescue operation on 2026-07-20, and"
                        + " the application was registered on 2026-09-01, within 12 months (until 2027-07-20).");
        assertThat(reason(
                        adultInNl("2026-09-01").entry(Entry.of(GR, d("2025-01-02"), Entry.Kind.IRREGULAR_CROSSING)),
                        Criterion.IRREGULAR_ENTRY))
                .isEqualTo("the applicant crossed the border of GR irregularly on 2025-01-02, and the application was"
                        + " registered on 2026-09-01, within 20 months (until 2026-09-02).");
        assertThat(reason(
                        adultInNl("2028-09-01")
                                .entry(Entry.of(MT, d("2027-07-20"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION)),
                        Criterion.IRREGULAR_ENTRY))
                .contains("more than 12 months later (the period ended 2028-07-20)");
        // Dublin III art. 13(1): a disembarkation is an irregular crossing by sea
        assertThat(reason(
                        adultInNl("2025-09-01")
                                .entry(Entry.of(MT, d("2025-07-20"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION)),
                        Criterion.IRREGULAR_ENTRY))
                .contains("disembarked in MT after a search-and-rescue operation (an irregular crossing by sea)");
    }

    @Test
    void theLatestRelocationCounts() {
        // AMMR art. 68(3): responsibility is transferred to the Member State of relocation; relocated twice, the second
        // State is the one of relocation (art. 33(3) cited with its paragraph number uncertain)
        DublinResult r = Dublin.determine(adultInNl("2026-12-01")
                .entry(Entry.of(IT, d("2026-07-10"), Entry.Kind.IRREGULAR_CROSSING))
                .entry(Entry.of(FR, d("2026-10-10"), Entry.Kind.RELOCATION))
                .entry(Entry.of(PT, d("2026-09-10"), Entry.Kind.RELOCATION))
                .build());
        assertThat(r.responsibleState()).isEqualTo(FR);
        assertThat(assessment(r, Criterion.IRREGULAR_ENTRY).reason())
                .contains("entered IT on 2026-07-10 but was relocated to FR on 2026-10-10");
    }

    // ---- five months' stay (Dublin III art. 13(2)) ----

    @Test
    void fiveMonthStayNeedsAnIrregularOrUnknownEntry() {
        // Dublin III art. 13(2): "when ... the circumstances of entry cannot be established", or after an irregular
        // entry whose responsibility ceased
        ResidencePeriod at = ResidencePeriod.of(AT, d("2024-06-01"), d("2025-02-28"));
        assertThat(reason(
                        adultInNl("2025-03-10")
                                .entry(Entry.of(AT, d("2024-05-30"), Entry.Kind.WITH_DOCUMENT))
                                .residencePeriod(at),
                        Criterion.FIVE_MONTH_STAY))
                .isEqualTo("the applicant did not enter irregularly, and the circumstances of entry are known.");
        DublinResult unknown =
                Dublin.determine(adultInNl("2025-03-10").residencePeriod(at).build());
        assertThat(unknown.responsibleState()).isEqualTo(AT);
        assertThat(assessment(unknown, Criterion.FIVE_MONTH_STAY).reason())
                .isEqualTo("the applicant, who entered in circumstances that cannot be established, lived continuously"
                        + " for at least five months in AT (2024-06-01 to 2025-02-28) before applying.");
        DublinResult sar = Dublin.determine(adultInNl("2025-03-10")
                .entry(Entry.of(MT, d("2024-01-10"), Entry.Kind.SEARCH_AND_RESCUE_DISEMBARKATION))
                .residencePeriod(at)
                .build());
        assertThat(sar.criterion()).isEqualTo(Criterion.FIVE_MONTH_STAY);
        assertThat(assessment(sar, Criterion.FIVE_MONTH_STAY).reason()).contains("who entered irregularly");
        // stays in several States: the most recent
        DublinResult several = Dublin.determine(adultInNl("2025-03-10")
                .residencePeriod(ResidencePeriod.of(GR, d("2023-01-10"), d("2023-09-30")))
                .residencePeriod(at)
                .build());
        assertThat(several.responsibleState()).isEqualTo(AT);
        assertThat(assessment(several, Criterion.FIVE_MONTH_STAY).reason())
                .endsWith("; of stays in several States, this is the most recent.");
        assertThat(assessment(unknown, Criterion.FIVE_MONTH_STAY).reason()).doesNotContain("several");
    }

    // ---- residual rule, dependency and the discretionary clauses ----

    @Test
    void residualRuleNamesTheStateAndTheDay() {
        // Dublin III art. 3(2): "lodged"; AMMR art. 16(2): "registered"
        assertThat(reason(adultInNl("2025-03-10"), Criterion.FIRST_APPLICATION))
                .isEqualTo("no criterion designates a State: the first Member State where the application was lodged,"
                        + " NL (on 2025-03-10), is responsible.");
        assertThat(reason(adultInNl("2026-09-01"), Criterion.FIRST_APPLICATION))
                .contains("the application was registered, NL (on 2026-09-01)");
    }

    @Test
    void dependencyReasons() {
        // Dublin III art. 16(1): ties that existed in the country of origin; AMMR art. 34: before arrival
        Dependency noTies = new Dependency(
                Dependency.Relation.PARENT, FI, true, Dependency.Ground.OLD_AGE, false, true, true, false);
        assertThat(reason(adultInNl("2025-03-10").dependency(noTies), Criterion.DEPENDENT_PERSONS))
                .contains("the family ties did not exist in the country of origin");
        assertThat(reason(adultInNl("2026-09-01").dependency(noTies), Criterion.DEPENDENT_PERSONS))
                .contains("the family ties did not exist before arrival");
        // art. 16(2): the applicant cannot travel → the State where the applicant is
        Dependency unable =
                new Dependency(Dependency.Relation.PARENT, FI, true, Dependency.Ground.OLD_AGE, true, true, true, true);
        DublinResult r =
                Dublin.determine(adultInNl("2025-03-10").dependency(unable).build());
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.article()).isEqualTo("art. 16(2)");
        assertThat(assessment(r, Criterion.DEPENDENT_PERSONS).reason())
                .contains("the applicant's health prevents travel", "the State where the applicant is, NL");
        DublinResult able = Dublin.determine(adultInNl("2025-03-10")
                .dependency(Dependency.of(Dependency.Relation.PARENT, FI, Dependency.Ground.OLD_AGE))
                .build());
        assertThat(assessment(able, Criterion.DEPENDENT_PERSONS).reason()).contains("legally resident in FI");
    }

    @Test
    void sovereigntyOnlyWhereAnApplicationWasLodged() {
        // Dublin III art. 17(1): "each Member State may decide to examine an application ... lodged with it"
        DublinResult elsewhere = Dublin.determine(adultInNl("2025-03-10")
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, DE, d("2025-04-01")))
                .build());
        assertThat(elsewhere.responsibleState()).isEqualTo(NL);
        assertThat(assessment(elsewhere, Criterion.SOVEREIGNTY_CLAUSE).reason())
                .isEqualTo("a State decided to examine the application, but it was not lodged with that State (DE).");
        // a State where an earlier application was lodged may decide
        DublinResult earlier = Dublin.determine(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(BE, d("2024-12-01"), PreviousApplication.Status.PENDING))
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, BE, d("2025-04-01")))
                .build());
        assertThat(earlier.responsibleState()).isEqualTo(BE);
        assertThat(earlier.criterion()).isEqualTo(Criterion.SOVEREIGNTY_CLAUSE);
        // a sovereignty decision is not a humanitarian acceptance (art. 17(2))
        assertThat(assessment(earlier, Criterion.HUMANITARIAN_CLAUSE).outcome()).isEqualTo(Outcome.DOES_NOT_APPLY);
        assertThat(reason(adultInNl("2025-03-10"), Criterion.SOVEREIGNTY_CLAUSE))
                .isEqualTo("no Member State decided to examine the application itself.");
        // decisions of two States: the later one; on the same day, no rule
        DublinResult later = Dublin.determine(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(BE, d("2024-12-01"), PreviousApplication.Status.PENDING))
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, NL, d("2025-04-02")))
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, BE, d("2025-04-01")))
                .build());
        assertThat(later.responsibleState()).isEqualTo(NL);
        assertThatThrownBy(() -> Dublin.determine(adultInNl("2025-03-10")
                        .previousApplication(
                                PreviousApplication.of(BE, d("2024-12-01"), PreviousApplication.Status.PENDING))
                        .discretionaryDecision(
                                DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, NL, d("2025-04-01")))
                        .discretionaryDecision(
                                DiscretionaryDecision.of(DiscretionaryDecision.Kind.SOVEREIGNTY, BE, d("2025-04-01")))
                        .build()))
                .isInstanceOf(IndeterminateResponsibilityException.class)
                .hasMessageContaining("discretionaryDecisions")
                .hasMessageContaining("BE, NL");
        // the humanitarian clause names the accepting State and the day
        DublinResult h = Dublin.determine(adultInNl("2025-03-10")
                .discretionaryDecision(
                        DiscretionaryDecision.of(DiscretionaryDecision.Kind.HUMANITARIAN_ACCEPTED, SE, d("2025-05-01")))
                .build());
        assertThat(h.responsibleState()).isEqualTo(SE);
        assertThat(assessment(h, Criterion.HUMANITARIAN_CLAUSE).reason())
                .isEqualTo("SE accepted on 2025-05-01 a request to take charge on humanitarian grounds, to bring"
                        + " relatives together.");
        assertThat(assessment(h, Criterion.SOVEREIGNTY_CLAUSE).outcome()).isEqualTo(Outcome.DOES_NOT_APPLY);
    }

    // ---- the first application and departures (Dublin III arts. 7(2), 19(2)) ----

    @Test
    void theLastLongAbsenceCountsWhateverTheOrderOfTheDepartures() {
        // Dublin III art. 19(2): applications lodged before an absence of at least three months no longer count
        DublinResult r = Dublin.determine(adultInNl("2023-03-01")
                .previousApplication(PreviousApplication.of(IT, d("2022-01-10"), PreviousApplication.Status.PENDING))
                .previousApplication(PreviousApplication.of(BE, d("2022-08-01"), PreviousApplication.Status.PENDING))
                .departure(Departure.of(d("2022-09-01"), d("2023-01-01")))
                .departure(Departure.of(d("2022-03-01"), d("2022-07-01")))
                .build());
        assertThat(r.frozenOn()).isEqualTo(d("2023-03-01"));
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.explanation().toString())
                .contains("left the territory of the Member States on 2022-09-01 and came back on 2023-01-01, at least"
                        + " three months later");
        // a departure after the application does not reach back
        DublinResult after = Dublin.determine(adultInNl("2025-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2024-10-01"), PreviousApplication.Status.PENDING))
                .departure(Departure.of(d("2025-04-01"), d("2025-08-01")))
                .build());
        assertThat(after.frozenOn()).isEqualTo(d("2024-10-01"));
        assertThat(after.responsibleState()).isEqualTo(IT);
        // nor does it cut the entries before it: the crossing still counts (art. 13(1))
        DublinResult entry = Dublin.determine(adultInNl("2025-03-10")
                .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                .departure(Departure.of(d("2025-05-01"), d("2025-06-01")))
                .build());
        assertThat(entry.responsibleState()).isEqualTo(GR);
    }

    @Test
    void theOrderOfDeparturesOnOneDayDoesNotChangeTheResultOrItsExplanation() {
        Departure back = Departure.of(d("2022-03-01"), d("2022-07-01"));
        Departure open = new Departure(d("2022-03-01"), Optional.empty(), false);
        Departure underReturn = new Departure(d("2022-03-01"), Optional.of(d("2022-07-01")), true);
        DublinCase.Builder base = adultInNl("2023-03-01")
                .previousApplication(PreviousApplication.of(IT, d("2022-01-10"), PreviousApplication.Status.REJECTED));
        DublinResult one = Dublin.determine(base.build().toBuilder()
                .departure(open)
                .departure(underReturn)
                .departure(back)
                .build());
        DublinResult other = Dublin.determine(base.build().toBuilder()
                .departure(back)
                .departure(underReturn)
                .departure(open)
                .build());
        assertThat(other).isEqualTo(one);
        // Dublin III art. 19(2) and 19(3): both steps are explained, in one fixed order
        String text = one.explanation().toString();
        assertThat(text.indexOf("at least three months later"))
                .isPositive()
                .isLessThan(text.indexOf("in compliance with a return decision"));
        assertThat(one.responsibleState()).isEqualTo(NL);
    }

    // ---- helpers of the package ----

    @Test
    void termsAreDescribedInWords() {
        assertThat(Dublin.describeTerm(Period.ofYears(1))).isEqualTo("1 year");
        assertThat(Dublin.describeTerm(Period.ofYears(2))).isEqualTo("2 years");
        assertThat(Dublin.describeTerm(Period.ofMonths(1))).isEqualTo("1 month");
        assertThat(Dublin.describeTerm(Period.ofMonths(3))).isEqualTo("3 months");
        assertThat(Dublin.describeTerm(Period.of(1, 6, 0))).isEqualTo("18 months");
        assertThat(Dublin.describeTerm(Period.ofWeeks(2))).isEqualTo("2 weeks");
        assertThat(Dublin.describeTerm(Period.ofDays(10))).isEqualTo("10 days");
        assertThat(Dublin.cap("entry")).isEqualTo("Entry");
        assertThat(Dublin.cap("")).isEmpty();
    }

    @Test
    void smallValues() {
        // Dublin III art. 2(i): a minor is under 18
        Applicant a = Applicant.of(d("2007-03-10"), "SY", true);
        assertThat(a.minorOn(d("2025-03-09"))).isTrue();
        assertThat(a.minorOn(d("2025-03-10"))).isFalse();
        assertThat(Regime.DUBLIN_III.displayName()).isEqualTo("Dublin III");
        assertThat(Regime.AMMR.displayName()).isEqualTo("AMMR");
        assertThat(Regime.DUBLIN_III.registeredFrom()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(Regime.AMMR.registeredFrom()).isEqualTo(Regime.AMMR_FROM);
        assertThat(Regime.AMMR.selectionSource().article()).isEqualTo("art. 85");
        assertThat(Criterion.DOCUMENTS.title()).isEqualTo("residence documents and visas");
        assertThat(Criterion.DIPLOMA.source(Regime.DUBLIN_III).article()).isEmpty();
        assertThat(Criterion.DIPLOMA.source(Regime.AMMR).article()).isEqualTo("art. 30");
        // a document valid for one day is valid for one day (from and until included)
        assertThat(ResidenceDocument.of(FR, ResidenceDocument.Kind.SHORT_STAY_VISA, d("2025-01-01"), d("2025-01-01"))
                        .validityDays())
                .isEqualTo(1);
        assertThat(MemberState.isCode("el")).isTrue();
        assertThat(MemberState.isCode(" de ")).isTrue();
        assertThat(MemberState.isCode("XX")).isFalse();
        assertThat(MemberState.DE.dutchName()).isEqualTo("Duitsland");
        assertThat(RegimeRules.standard().familyDefinition(Regime.AMMR).source().note())
                .contains("uncertain");
        assertThat(RegimeRules.standard()
                        .familyDefinition(Regime.DUBLIN_III)
                        .source()
                        .article())
                .isEqualTo("art. 2(g)");
        assertThatThrownBy(() -> RegimeRules.standard().require(Regime.AMMR, "five-month-stay"))
                .hasMessageContaining("no rule five-month-stay for AMMR");
    }

    @Test
    void theCaseNamesNoPersonalDataAndTheBuilderReplaces() {
        DublinCase c = adultInNl("2025-03-10")
                .applicant(Applicant.of(d("1977-07-07"), "AF", false))
                .application(Application.of(BE, d("2025-03-11")))
                .previousApplication(PreviousApplication.of(IT, d("2024-10-01"), PreviousApplication.Status.PENDING))
                .entry(Entry.of(GR, d("2024-09-14"), Entry.Kind.IRREGULAR_CROSSING))
                .build();
        assertThat(c.applicant().dateOfBirth()).isEqualTo(d("1977-07-07"));
        assertThat(c.application().state()).isEqualTo(BE);
        assertThat(c.toString())
                .isEqualTo("DublinCase[BE 2025-03-11, 1 previous applications, 0 family members, 0 documents, 1"
                        + " entries]")
                .doesNotContain("1977");
    }
}
