package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import io.github.migratiekit.eurules.dublin.TimeLimit.Status;
import java.time.DayOfWeek;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Time limits of legal-rules.md §C.3 and §C.4. Dates are counted by hand under Dublin III art. 42 (event day not
 * counted, same date in the final month or its last day, no roll past weekends); the four §C.3 worked examples are
 * reproduced exactly.
 */
class DublinTimelineTest {

    private static TimeLimit step(List<TimeLimit> ls, String startsWith) {
        return ls.stream()
                .filter(t -> startsWith.equals("transfer")
                        ? t.step().equals("transfer") || t.step().startsWith("transfer (")
                        : t.step().startsWith(startsWith))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void workedExample_lodgedOn31MarchTakeChargeBy30June() {
        // legal-rules.md §C.3: application lodged 2025-03-31 → take-charge request deadline 2025-06-30 (art. 21(1))
        TimeLimit t =
                step(DublinTimeline.of(adultInNl("2025-03-31").build()).on(d("2025-04-01")), "take-charge request");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-06-30"));
        assertThat(t.status()).isEqualTo(Status.OPEN);
        assertThat(t.article()).isEqualTo("art. 21(1)");
    }

    @Test
    void workedExample_eurodacHitOn31JanuaryTakeChargeBy31March() {
        // legal-rules.md §C.3: Eurodac hit 2025-01-31 → take-charge request deadline 2025-03-31 (2 months, art. 21(1))
        DublinCase c = adultInNl("2025-01-20")
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2025-01-31")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-02-01")), "take-charge request");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-03-31"));
    }

    @Test
    void workedExample_requestReceived31DecemberTacitAcceptance28February() {
        // legal-rules.md §C.3: TCR received 2025-12-31 → reply by 2026-02-28; silence = acceptance (art. 22(7))
        DublinCase c = adultInNl("2025-11-20")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-12-31"), DE))
                .build();
        List<TimeLimit> on = DublinTimeline.of(c).on(d("2026-03-01"));
        TimeLimit reply = step(on, "reply to take-charge request");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2026-02-28"));
        assertThat(reply.status()).isEqualTo(Status.LAPSED);
        assertThat(reply.consequence()).contains("acceptance", "DE", "art. 22(7)");
        // the tacit acceptance starts the six-month transfer period on 2026-02-28 → 2026-08-28
        assertThat(step(on, "transfer").deadline().deadline()).isEqualTo(d("2026-08-28"));
    }

    @Test
    void workedExample_acceptance31AugustTransferBy28FebruaryASaturday() {
        // legal-rules.md §C.3: acceptance 2025-08-31 → transfer deadline 2026-02-28, a Saturday: no roll (art. 42(c))
        DublinCase c = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-08-31")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2026-03-02")), "transfer");
        assertThat(t.deadline().deadline()).isEqualTo(d("2026-02-28"));
        assertThat(t.deadline().deadline().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(t.status()).isEqualTo(Status.LAPSED);
        // the example: "transfer period ended 2026-02-28: responsibility passes to NL, art. 29(2)"
        assertThat(t.consequence()).contains("responsibility passes to NL (art. 29(2))");
        assertThat(t.daysLeft()).isEqualTo(-2);
    }

    @Test
    void transferMetWhenCarriedOutInTime() {
        DublinCase c = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-08-31")))
                .event(DublinEvent.of(Kind.TRANSFERRED, d("2025-10-01")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2026-03-02")), "transfer");
        assertThat(t.status()).isEqualTo(Status.MET);
        assertThat(t.doneOn()).contains(d("2025-10-01"));
    }

    @Test
    void appealWithSuspensiveEffectRestartsTransferPeriod() {
        // Dublin III art. 29(1): six months from the final decision on an appeal with suspensive effect
        DublinCase c = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.APPEAL_FINAL_DECISION, d("2025-11-30")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-12-01")), "transfer");
        assertThat(t.deadline().deadline()).isEqualTo(d("2026-05-30"));
        assertThat(t.trigger()).contains("appeal");
    }

    @Test
    void imprisonmentExtendsToOneYear() {
        // Dublin III art. 29(2): up to one year for imprisonment
        DublinCase c = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.IMPRISONMENT, d("2025-09-01")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-12-01")), "transfer");
        assertThat(t.deadline().deadline()).isEqualTo(d("2026-07-15"));
        assertThat(t.article()).isEqualTo("art. 29(2)");
    }

    @Test
    void urgentRequestAskedPeriodAndOneMonthCeiling() {
        // Dublin III art. 21(2), 22(6): reply in the time asked (≥ 1 week); in any event within one month
        DublinEvent urgent = new DublinEvent(
                Kind.URGENT_TAKE_CHARGE_REQUEST, d("2025-04-10"), Optional.of(FR), Optional.of(Period.ofWeeks(2)));
        DublinCase c = adultInNl("2025-04-01").event(urgent).build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2025-04-30"));
        assertThat(step(ls, "urgent reply (period asked)").deadline().deadline())
                .isEqualTo(d("2025-04-24"));
        assertThat(step(ls, "urgent reply (period asked)").status()).isEqualTo(Status.LAPSED);
        TimeLimit ceiling = step(ls, "reply to urgent");
        assertThat(ceiling.deadline().deadline()).isEqualTo(d("2025-05-10"));
        assertThat(ceiling.status()).isEqualTo(Status.OPEN);
    }

    @Test
    void detentionShortensLimits() {
        // Dublin III art. 28(3): request within one month of lodging, reply within two weeks, transfer six weeks
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2025-04-01")))
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-20"), BE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-04-25")))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2025-05-01"));
        assertThat(step(ls, "request or notification for a detained").deadline().deadline())
                .isEqualTo(d("2025-05-01"));
        assertThat(step(ls, "reply to take-charge request (detention)")
                        .deadline()
                        .deadline())
                .isEqualTo(d("2025-05-04"));
        assertThat(step(ls, "transfer").deadline().deadline()).isEqualTo(d("2025-06-06"));
    }

    @Test
    void takeBackRequestAndReplyDublinIii() {
        // Dublin III art. 23(2): two months from the Eurodac hit; art. 25(1): reply two weeks when based on Eurodac
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-04-02")))
                .event(DublinEvent.of(Kind.TAKE_BACK_REQUEST, d("2025-05-15"), IT))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2025-06-01"));
        TimeLimit req = step(ls, "take-back request");
        assertThat(req.deadline().deadline()).isEqualTo(d("2025-06-02"));
        assertThat(req.status()).isEqualTo(Status.MET);
        TimeLimit reply = step(ls, "reply to take-back");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2025-05-29"));
        assertThat(reply.status()).isEqualTo(Status.LAPSED);
        assertThat(reply.consequence()).contains("art. 25(2)");
        // tacit acceptance on 2025-05-29 → transfer by 2025-11-29
        assertThat(step(ls, "transfer").deadline().deadline()).isEqualTo(d("2025-11-29"));
    }

    @Test
    void takeBackWithoutNewApplication() {
        // Dublin III art. 24(2): three months from becoming aware; art. 24(3): opportunity to lodge an application
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.AWARE_OF_OTHER_STATE, d("2025-05-31")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-09-01")), "take-back request (no new");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-08-31"));
        assertThat(t.status()).isEqualTo(Status.LAPSED);
        assertThat(t.consequence()).contains("art. 24(3)");
    }

    @Test
    void ammrTakeBackNotificationConfirmationTransferDecision() {
        // AMMR art. 41(1): notification within 2 weeks of the hit; art. 41(3): confirmation within 2 weeks, silence
        // = confirmation; art. 42(1): transfer decision within 2 weeks; art. 46(1): transfer within 6 months
        DublinCase c = adultInNl("2026-08-03")
                .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2026-08-04")))
                .event(DublinEvent.of(Kind.TAKE_BACK_NOTIFICATION, d("2026-08-10"), IT))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2026-09-01"));
        assertThat(step(ls, "take-back notification").deadline().deadline()).isEqualTo(d("2026-08-18"));
        assertThat(step(ls, "take-back notification").status()).isEqualTo(Status.MET);
        TimeLimit conf = step(ls, "confirmation");
        assertThat(conf.deadline().deadline()).isEqualTo(d("2026-08-24"));
        assertThat(conf.status()).isEqualTo(Status.LAPSED);
        assertThat(step(ls, "transfer decision").deadline().deadline()).isEqualTo(d("2026-09-07"));
        TimeLimit transfer = step(ls, "transfer");
        assertThat(transfer.deadline().deadline()).isEqualTo(d("2027-02-24"));
        assertThat(transfer.consequence()).contains("art. 37(1)");
    }

    @Test
    void ammrTakeChargeTwoMonthsReplyOneMonth() {
        // AMMR art. 39(1): two months from registration; art. 40(1): reply within one month
        DublinCase c = adultInNl("2026-07-31")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2026-08-31"), AT))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2026-09-01"));
        assertThat(step(ls, "take-charge request").deadline().deadline()).isEqualTo(d("2026-09-30"));
        assertThat(step(ls, "reply to take-charge request").deadline().deadline())
                .isEqualTo(d("2026-09-30"));
    }

    @Test
    void ammrAbscondingThreeYearsAndDetention() {
        // AMMR art. 46(2): up to three years when absconding (uncertain); art. 45(1): detained later → one week
        DublinCase c = adultInNl("2026-07-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2026-07-10")))
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2026-07-15"), AT))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2026-07-20")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2026-08-01")))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2026-09-01"));
        assertThat(step(ls, "request or notification for a detained").deadline().deadline())
                .isEqualTo(d("2026-07-17"));
        assertThat(step(ls, "reply to take-charge request (detention)")
                        .deadline()
                        .deadline())
                .isEqualTo(d("2026-07-22"));
        TimeLimit t = step(ls, "transfer (extended");
        assertThat(t.deadline().deadline()).isEqualTo(d("2029-07-20"));
        assertThat(t.source().note()).contains("uncertain");
    }

    @Test
    void humanitarianReplyTwoMonths() {
        // Dublin III art. 17(2): the requested State replies within two months
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.HUMANITARIAN_REQUEST, d("2025-04-30"), SE))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-05-01")), "reply to humanitarian");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void cessationAfterThreeMonthsAbsence() {
        // Dublin III art. 19(2): left the territory for at least three months
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.LEFT_TERRITORY, d("2025-05-31")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-09-01")), "return to the territory");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-08-31"));
        assertThat(t.status()).isEqualTo(Status.LAPSED);
        assertThat(t.consequence()).contains("art. 19(2)");
    }

    @Test
    void ammrBorderProcedureCessationFifteenMonths() {
        // AMMR art. 37(2): obligations cease 15 months after a border-procedure rejection became final
        DublinCase c = adultInNl("2026-07-01")
                .event(DublinEvent.of(Kind.BORDER_PROCEDURE_REJECTION_FINAL, d("2026-08-31")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2026-09-01")), "end of obligations");
        assertThat(t.deadline().deadline()).isEqualTo(d("2027-11-30"));
    }

    @Test
    void eventsAfterTheDayAreIgnored() {
        DublinCase c = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-08-31")))
                .build();
        List<TimeLimit> before = DublinTimeline.of(c).on(d("2025-06-15"));
        assertThat(before).hasSize(1);
        assertThat(before.get(0).status()).isEqualTo(Status.OPEN);
        assertThat(DublinTimeline.of(c).open(d("2025-09-01")))
                .extracting(TimeLimit::step)
                .containsExactly("transfer");
        assertThat(DublinTimeline.of(c).lapsed(d("2025-09-01"))).isEmpty();
    }
}
