package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import io.github.migratiekit.eurules.dublin.TimeLimit.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The time limits of detention, take-back, transfer extensions and cessation, the statuses at their edges (met on the
 * last day, lapsed the day after), and the facts each limit names: the article, the triggering event and its date, the
 * State. Dates are counted by hand under Dublin III art. 42 (event day not counted; the same date in the final month,
 * or its last day; no roll past weekends).
 */
class DublinTimelineStepsTest {

    private static TimeLimit step(List<TimeLimit> ls, String name) {
        return ls.stream().filter(t -> t.step().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> steps(List<TimeLimit> ls) {
        return ls.stream().map(TimeLimit::step).toList();
    }

    // ---- detention ----

    @Test
    void detainedTakeBackDublinIii() {
        // Dublin III art. 28(3): request within one month of lodging, reply within two weeks, transfer within six
        // weeks of the (tacit) acceptance
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2025-04-01")))
                .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-04-02")))
                .event(DublinEvent.of(Kind.TAKE_BACK_REQUEST, d("2025-04-15"), IT))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2025-05-02"));
        assertThat(steps(ls))
                .containsExactly(
                        "take-back request",
                        "request or notification for a detained person",
                        "reply to take-back request",
                        "transfer");
        TimeLimit request = step(ls, "request or notification for a detained person");
        assertThat(request.deadline().deadline()).isEqualTo(d("2025-05-01"));
        assertThat(request.article()).isEqualTo("art. 28(3)");
        assertThat(request.status()).isEqualTo(Status.MET);
        assertThat(request.doneOn()).contains(d("2025-04-15"));
        assertThat(request.trigger()).isEqualTo("application lodged on 2025-04-01 by a detained person");
        assertThat(request.consequence())
                .contains("may no longer be detained under art. 28", "arts. 21, 23, 24 and 29");
        TimeLimit reply = step(ls, "reply to take-back request");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2025-04-29"));
        assertThat(reply.article()).isEqualTo("art. 28(3)");
        assertThat(reply.status()).isEqualTo(Status.LAPSED);
        assertThat(reply.consequence()).contains("IT must take back", "Dublin III art. 28(3)");
        TimeLimit transfer = step(ls, "transfer");
        assertThat(transfer.deadline().deadline()).isEqualTo(d("2025-06-10"));
        assertThat(transfer.article()).isEqualTo("art. 28(3)");
        assertThat(transfer.trigger()).isEqualTo("tacit acceptance (no reply in time) on 2025-04-29");
    }

    @Test
    void detentionAfterTheRequestLeavesTheOrdinaryLimits() {
        // Dublin III art. 25(1): reply within one month, or two weeks when based on Eurodac data; detention that starts
        // after the request does not shorten the reply period (art. 28(3) speaks of a detained person's request)
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.TAKE_BACK_REQUEST, d("2025-04-15"), IT))
                .event(DublinEvent.of(Kind.DETENTION, d("2025-04-16")))
                .build();
        TimeLimit reply = step(DublinTimeline.of(c).on(d("2025-05-01")), "reply to take-back request");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2025-05-15"));
        assertThat(reply.article()).isEqualTo("art. 25(1)");
        assertThat(reply.consequence()).contains("Dublin III art. 25(2)");
        // the take-back request itself: three months from the lodging without a hit (art. 23(2))
        TimeLimit req = step(DublinTimeline.of(c).on(d("2025-05-01")), "take-back request");
        assertThat(req.deadline().deadline()).isEqualTo(d("2025-07-01"));
        assertThat(req.trigger()).isEqualTo("new application lodged on 2025-04-01");
        assertThat(req.consequence()).contains("lies with NL", "art. 23(3)");
    }

    @Test
    void detentionDoesNotShortenATransferAlreadyRunning() {
        // Dublin III art. 28(3): the six weeks apply to a person detained when the transfer period starts
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-10"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-04-20")))
                .event(DublinEvent.of(Kind.DETENTION, d("2025-05-01")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-05-02")), "transfer");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-10-20"));
        assertThat(t.article()).isEqualTo("art. 29(1)");
        assertThat(t.trigger()).isEqualTo("acceptance on 2025-04-20");
    }

    @Test
    void detainedTakeChargeAmmr() {
        // AMMR art. 45(1): request within two weeks of registration for a person detained then; art. 45(2): reply
        // within one week, silence is acceptance
        DublinCase c = adultInNl("2026-09-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2026-09-01")))
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2026-09-16"), AT))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2026-09-30"));
        TimeLimit request = step(ls, "request or notification for a detained person");
        assertThat(request.deadline().deadline()).isEqualTo(d("2026-09-15"));
        assertThat(request.article()).isEqualTo("art. 45(1)");
        assertThat(request.status()).isEqualTo(Status.LAPSED);
        assertThat(request.doneOn()).contains(d("2026-09-16"));
        assertThat(request.trigger()).isEqualTo("application registered on 2026-09-01 by a detained person");
        assertThat(request.consequence()).contains("art. 44", "uncertain");
        TimeLimit reply = step(ls, "reply to take-charge request (detention)");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2026-09-23"));
        assertThat(reply.consequence()).contains("AT must take charge", "AMMR art. 45(2)");
        // the AMMR's six months (art. 46(1)) run from the tacit acceptance; no six weeks as in Dublin III
        TimeLimit transfer = step(ls, "transfer");
        assertThat(transfer.deadline().deadline()).isEqualTo(d("2027-03-23"));
        assertThat(transfer.article()).isEqualTo("art. 46(1)");
        assertThat(transfer.trigger()).isEqualTo("tacit acceptance or confirmation (no reply in time) on 2026-09-23");
        assertThat(transfer.consequence())
                .isEqualTo("NL becomes the Member State responsible (art. 37(1), art. 46(2)).");
        assertThat(step(ls, "transfer decision").deadline().deadline()).isEqualTo(d("2026-10-07"));
    }

    @Test
    void detentionWithoutARequestStillHasItsLimit() {
        // Dublin III art. 28(3): the one month for the request runs whether or not a request follows
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2025-04-01")))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(c).on(d("2025-05-02"));
        assertThat(steps(ls)).containsExactly("take-charge request", "request or notification for a detained person");
        assertThat(DublinTimeline.of(c).lapsed(d("2025-05-02")))
                .extracting(TimeLimit::step)
                .containsExactly("request or notification for a detained person");
        // a detained take-back case without a request: the limit is there too
        DublinCase tb = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2025-04-01")))
                .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-04-01")))
                .build();
        assertThat(steps(DublinTimeline.of(tb).on(d("2025-04-10"))))
                .containsExactly("take-back request", "request or notification for a detained person");
    }

    // ---- requests and replies: met on the last day, lapsed the day after ----

    @Test
    void requestOnTheLastDayIsMetTheDayAfterLapsed() {
        // Dublin III art. 21(1): three months from lodging on 2025-03-31 end on 2025-06-30
        DublinCase onTime = adultInNl("2025-03-31")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-06-30"), DE))
                .build();
        TimeLimit met = step(DublinTimeline.of(onTime).on(d("2025-07-01")), "take-charge request");
        assertThat(met.status()).isEqualTo(Status.MET);
        DublinCase late = adultInNl("2025-03-31")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .build();
        TimeLimit lapsed = step(DublinTimeline.of(late).on(d("2025-07-01")), "take-charge request");
        assertThat(lapsed.status()).isEqualTo(Status.LAPSED);
        assertThat(lapsed.doneOn()).contains(d("2025-07-01"));
        assertThat(lapsed.consequence())
                .isEqualTo("responsibility for examining the application lies with NL, where it was lodged (Dublin III"
                        + " art. 21(1)).");
        // open on the last day itself, with no day left
        TimeLimit open =
                step(DublinTimeline.of(adultInNl("2025-03-31").build()).on(d("2025-06-30")), "take-charge request");
        assertThat(open.status()).isEqualTo(Status.OPEN);
        assertThat(open.daysLeft()).isZero();
        assertThat(open.trigger()).isEqualTo("application lodged on 2025-03-31");
    }

    @Test
    void ammrTakeChargeNamesTheRegistrationAndTheMinorsException() {
        // AMMR art. 39(1): two months from registration; late → the State of registration; an unaccompanied minor's
        // request may still be made in the child's best interests
        TimeLimit t =
                step(DublinTimeline.of(adultInNl("2026-08-31").build()).on(d("2026-11-01")), "take-charge request");
        assertThat(t.deadline().deadline()).isEqualTo(d("2026-10-31"));
        assertThat(t.status()).isEqualTo(Status.LAPSED);
        assertThat(t.trigger()).isEqualTo("application registered on 2026-08-31");
        assertThat(t.consequence())
                .startsWith("responsibility for examining the application lies with NL, where it was registered (AMMR"
                        + " art. 39(1)).")
                .contains("unaccompanied minor", "best interests");
        TimeLimit d3 =
                step(DublinTimeline.of(adultInNl("2025-08-31").build()).on(d("2025-09-01")), "take-charge request");
        assertThat(d3.consequence()).doesNotContain("unaccompanied minor");
    }

    @Test
    void ammrHitsVisOrEurodacShortenTheRequestAndTheReply() {
        // AMMR art. 39(1): one month from a Eurodac or VIS hit; art. 40(2): reply within two weeks when based on a hit
        DublinCase vis = adultInNl("2026-09-01")
                .event(DublinEvent.of(Kind.VIS_HIT, d("2026-09-02")))
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2026-09-10"), FR))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(vis).on(d("2026-09-11"));
        TimeLimit req = step(ls, "take-charge request");
        assertThat(req.deadline().deadline()).isEqualTo(d("2026-10-02"));
        assertThat(req.trigger()).isEqualTo("VIS hit on 2026-09-02");
        assertThat(req.article()).isEqualTo("art. 39(1)");
        TimeLimit reply = step(ls, "reply to take-charge request (Eurodac or VIS hit)");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2026-09-24"));
        assertThat(reply.article()).isEqualTo("art. 40(2)");
        assertThat(reply.consequence()).contains("FR must take charge", "AMMR art. 40", "paragraph uncertain");
        // a hit after the request: the ordinary month (art. 40(1))
        DublinCase after = adultInNl("2026-09-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2026-09-10"), FR))
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2026-09-11")))
                .build();
        TimeLimit ordinary = step(DublinTimeline.of(after).on(d("2026-09-12")), "reply to take-charge request");
        assertThat(ordinary.deadline().deadline()).isEqualTo(d("2026-10-10"));
        assertThat(ordinary.article()).isEqualTo("art. 40(1)");
        // a late hit cannot extend the two months from registration (C-670/16 Mengesteab by analogy, uncertain)
        DublinCase lateHit = adultInNl("2026-09-01")
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2026-10-15")))
                .build();
        TimeLimit capped = step(DublinTimeline.of(lateHit).on(d("2026-10-16")), "take-charge request");
        assertThat(capped.deadline().deadline()).isEqualTo(d("2026-11-01"));
        assertThat(capped.trigger())
                .isEqualTo("application registered on 2026-09-01 (the hit on 2026-10-15 cannot extend the 2 months"
                        + " from the application: CJEU C-670/16 Mengesteab, applied to the AMMR by analogy"
                        + " (uncertain))");
        // Dublin III: the Eurodac hit shortens to two months, and Mengesteab applies as such
        DublinCase d3 = adultInNl("2025-01-15")
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2025-03-20")))
                .build();
        assertThat(step(DublinTimeline.of(d3).on(d("2025-03-21")), "take-charge request")
                        .trigger())
                .isEqualTo("application lodged on 2025-01-15 (the hit on 2025-03-20 cannot extend the 3 months from"
                        + " the application: CJEU C-670/16 Mengesteab)");
        DublinCase early = adultInNl("2025-01-15")
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2025-01-16")))
                .build();
        assertThat(step(DublinTimeline.of(early).on(d("2025-01-17")), "take-charge request")
                        .trigger())
                .isEqualTo("Eurodac hit on 2025-01-16");
    }

    @Test
    void replyTexts() {
        // Dublin III art. 22(7): silence is acceptance; the trigger names the request, the State and the day
        DublinCase c = adultInNl("2025-11-20")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-12-31"), DE))
                .build();
        TimeLimit reply = step(DublinTimeline.of(c).on(d("2026-03-01")), "reply to take-charge request");
        assertThat(reply.trigger()).isEqualTo("take-charge request to DE on 2025-12-31");
        assertThat(reply.consequence())
                .isEqualTo("failure to reply is acceptance: DE must take charge of the applicant and arrange the"
                        + " arrival (Dublin III art. 22(7)).");
        // AMMR take-back: the notification and its confirmation name the State
        DublinCase ammr = adultInNl("2026-08-03")
                .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2026-08-04")))
                .event(DublinEvent.of(Kind.TAKE_BACK_NOTIFICATION, d("2026-08-10"), IT))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2026-08-12")))
                .build();
        List<TimeLimit> ls = DublinTimeline.of(ammr).on(d("2026-09-01"));
        TimeLimit notification = step(ls, "take-back notification");
        assertThat(notification.trigger()).isEqualTo("Eurodac hit on 2026-08-04");
        assertThat(notification.consequence()).contains("does not affect", "AMMR art. 41(1)");
        TimeLimit conf = step(ls, "confirmation of take-back notification");
        assertThat(conf.trigger()).isEqualTo("take-back notification to IT on 2026-08-10");
        assertThat(conf.status()).isEqualTo(Status.MET);
        assertThat(conf.consequence()).contains("confirmation of receipt: IT must take back", "AMMR art. 41(3)");
        assertThat(step(ls, "transfer").trigger()).isEqualTo("acceptance or confirmation on 2026-08-12");
        TimeLimit decision = step(ls, "transfer decision");
        assertThat(decision.trigger()).isEqualTo("acceptance or confirmation on 2026-08-12");
        assertThat(decision.deadline().deadline()).isEqualTo(d("2026-08-26"));
        assertThat(decision.status()).isEqualTo(Status.LAPSED);
        assertThat(decision.consequence()).contains("no consequence", "AMMR art. 42(1)");
    }

    @Test
    void takeBackTriggersDublinIii() {
        // Dublin III art. 23(2): two months from the hit; art. 24(2): three months from becoming aware, without a hit
        DublinCase hit = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.EURODAC_HIT_APPLICATION, d("2025-04-02")))
                .build();
        TimeLimit t = step(DublinTimeline.of(hit).on(d("2025-04-03")), "take-back request");
        assertThat(t.trigger()).isEqualTo("Eurodac hit on 2025-04-02");
        assertThat(t.article()).isEqualTo("art. 23(2)");
        DublinCase aware = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.AWARE_OF_OTHER_STATE, d("2025-05-31")))
                .build();
        TimeLimit a = step(DublinTimeline.of(aware).on(d("2025-06-01")), "take-back request (no new application)");
        assertThat(a.trigger()).isEqualTo("aware of another State's responsibility on 2025-05-31");
        assertThat(a.article()).isEqualTo("art. 24(2)");
        // an ordinary take-back reply, without a hit: one month (art. 25(1))
        DublinCase noHit = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.TAKE_BACK_REQUEST, d("2025-04-10"), BE))
                .build();
        TimeLimit reply = step(DublinTimeline.of(noHit).on(d("2025-04-11")), "reply to take-back request");
        assertThat(reply.deadline().deadline()).isEqualTo(d("2025-05-10"));
        assertThat(reply.trigger()).isEqualTo("take-back request to BE on 2025-04-10");
        assertThat(reply.consequence()).contains("BE must take back");
    }

    // ---- transfer: appeals, imprisonment and absconding ----

    @Test
    void theLastAppealDecisionRestartsTheTransferPeriodWhateverTheOrderOfTheEvents() {
        // Dublin III art. 29(1): six months from the final decision on an appeal with suspensive effect
        DublinCase c = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.APPEAL_FINAL_DECISION, d("2025-11-30")))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.APPEAL_FINAL_DECISION, d("2025-09-30")))
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-12-01")), "transfer");
        assertThat(t.deadline().deadline()).isEqualTo(d("2026-05-30"));
        assertThat(t.trigger())
                .isEqualTo(
                        "final decision on an appeal with suspensive effect on 2025-11-30 (acceptance on 2025-07-15)");
        // an appeal decided before the acceptance does not move the start
        DublinCase early = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.APPEAL_FINAL_DECISION, d("2025-07-10")))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .build();
        TimeLimit t2 = step(DublinTimeline.of(early).on(d("2025-12-01")), "transfer");
        assertThat(t2.deadline().deadline()).isEqualTo(d("2026-01-15"));
        assertThat(t2.trigger()).isEqualTo("acceptance on 2025-07-15");
    }

    @Test
    void abscondingPrevailsOverImprisonment() {
        // Dublin III art. 29(2): up to one year for imprisonment, up to 18 months when the person absconds
        DublinCase both = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.IMPRISONMENT, d("2025-09-01")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2025-10-01")))
                .build();
        TimeLimit t = step(
                DublinTimeline.of(both).on(d("2025-12-01")),
                "transfer (extended: absconding on 2025-10-01," + " CJEU C-163/17 Jawo)");
        assertThat(t.deadline().deadline()).isEqualTo(d("2027-01-15"));
        assertThat(t.article()).isEqualTo("art. 29(2)");
        // imprisonment alone: one year, and no Jawo
        DublinCase prison = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.IMPRISONMENT, d("2025-09-01")))
                .event(DublinEvent.of(Kind.IMPRISONMENT, d("2025-10-01")))
                .build();
        TimeLimit p = DublinTimeline.of(prison).on(d("2025-12-01")).get(2);
        assertThat(p.step()).isEqualTo("transfer (extended: imprisonment on 2025-09-01)");
        assertThat(p.deadline().deadline()).isEqualTo(d("2026-07-15"));
        // on the day the period starts, or after it ended, neither extends it
        DublinCase sameDay = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2025-07-15")))
                .event(DublinEvent.of(Kind.IMPRISONMENT, d("2026-01-16")))
                .build();
        TimeLimit none = step(DublinTimeline.of(sameDay).on(d("2026-02-01")), "transfer");
        assertThat(none.deadline().deadline()).isEqualTo(d("2026-01-15"));
        assertThat(none.status()).isEqualTo(Status.LAPSED);
        // absconding on the last day of the six months still extends (art. 29(2): "if the person concerned absconds")
        DublinCase lastDay = adultInNl("2025-06-01")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-07-01"), DE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-07-15")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2026-01-15")))
                .build();
        assertThat(DublinTimeline.of(lastDay)
                        .on(d("2026-02-01"))
                        .get(2)
                        .deadline()
                        .deadline())
                .isEqualTo(d("2027-01-15"));
    }

    @Test
    void detentionTransferIsNotExtended() {
        // Dublin III art. 28(3): the six weeks of a detained person's transfer. Migratiekit's reading: the art. 29(2)
        // extensions are not applied to them (art. 28(3) sets its own period for detained persons)
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.DETENTION, d("2025-04-01")))
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-04-20"), BE))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-04-25")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2025-05-01")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-05-02")), "transfer");
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-06-06"));
        assertThat(t.article()).isEqualTo("art. 28(3)");
    }

    // ---- cessation ----

    @Test
    void returnWithinThreeMonthsIsMetOnTheLastDayItIsNot() {
        // Dublin III art. 19(2): obligations cease if the person left for at least three months; back before the
        // three months end (2025-08-31), they do not
        DublinCase back = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.LEFT_TERRITORY, d("2025-05-31")))
                .event(DublinEvent.of(Kind.RETURNED_TO_TERRITORY, d("2025-08-30")))
                .build();
        TimeLimit t = step(DublinTimeline.of(back).on(d("2025-09-01")), "return to the territory within three months");
        assertThat(t.status()).isEqualTo(Status.MET);
        assertThat(t.doneOn()).contains(d("2025-08-30"));
        assertThat(t.trigger()).isEqualTo("departure from the territory on 2025-05-31");
        assertThat(t.article()).isEqualTo("art. 19(2)");
        // back on the day the three months are complete: the absence lasted three months
        DublinCase threeMonths = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.LEFT_TERRITORY, d("2025-05-31")))
                .event(DublinEvent.of(Kind.RETURNED_TO_TERRITORY, d("2025-08-31")))
                .build();
        TimeLimit gone =
                step(DublinTimeline.of(threeMonths).on(d("2025-09-01")), "return to the territory within three months");
        assertThat(gone.doneOn()).isEmpty();
        assertThat(gone.status()).isEqualTo(Status.LAPSED);
        // of two departures, the last counts
        DublinCase twice = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.LEFT_TERRITORY, d("2025-07-01")))
                .event(DublinEvent.of(Kind.RETURNED_TO_TERRITORY, d("2025-05-01")))
                .event(DublinEvent.of(Kind.LEFT_TERRITORY, d("2025-04-20")))
                .build();
        TimeLimit last =
                step(DublinTimeline.of(twice).on(d("2025-07-02")), "return to the territory within three months");
        assertThat(last.trigger()).isEqualTo("departure from the territory on 2025-07-01");
        assertThat(last.deadline().deadline()).isEqualTo(d("2025-10-01"));
        assertThat(last.status()).isEqualTo(Status.OPEN);
        // the AMMR has no three-month rule (its art. 37 is encoded instead)
        assertThat(steps(DublinTimeline.of(adultInNl("2026-09-01")
                                .event(DublinEvent.of(Kind.LEFT_TERRITORY, d("2026-09-10")))
                                .build())
                        .on(d("2027-01-01"))))
                .containsExactly("take-charge request");
    }

    @Test
    void ammrBorderProcedureCessationNamesItsArticle() {
        // AMMR art. 37(2): obligations cease 15 months after a border-procedure rejection became final
        DublinCase c = adultInNl("2026-07-01")
                .event(DublinEvent.of(Kind.BORDER_PROCEDURE_REJECTION_FINAL, d("2026-08-31")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2027-12-01")), "end of obligations after the border procedure");
        assertThat(t.status()).isEqualTo(Status.LAPSED);
        assertThat(t.trigger()).isEqualTo("rejection in the border procedure final on 2026-08-31");
        assertThat(t.article()).isEqualTo("art. 37(2)");
        assertThat(t.consequence()).contains("art. 36(1) cease");
        // Dublin III has no such rule
        assertThat(steps(DublinTimeline.of(adultInNl("2025-07-01")
                                .event(DublinEvent.of(Kind.BORDER_PROCEDURE_REJECTION_FINAL, d("2025-08-31")))
                                .build())
                        .on(d("2025-09-01"))))
                .containsExactly("take-charge request");
    }

    @Test
    void humanitarianRequestNamesTheState() {
        // Dublin III art. 17(2): reply within two months; silence is no acceptance
        DublinCase c = adultInNl("2025-04-01")
                .event(DublinEvent.of(Kind.HUMANITARIAN_REQUEST, d("2025-04-30"), SE))
                .event(DublinEvent.of(Kind.HUMANITARIAN_REPLY, d("2025-06-30")))
                .build();
        TimeLimit t = step(DublinTimeline.of(c).on(d("2025-07-01")), "reply to humanitarian request");
        assertThat(t.trigger()).isEqualTo("humanitarian request to SE on 2025-04-30");
        assertThat(t.status()).isEqualTo(Status.MET);
        assertThat(t.consequence()).contains("no tacit acceptance", "Dublin III art. 17(2)");
    }

    // ---- the regime ----

    @Test
    void aNamedRegimeAppliesItsOwnLimits() {
        // AMMR art. 39(1): two months, whatever the registration date, when the AMMR is named
        DublinCase c = adultInNl("2025-03-31").build();
        DublinTimeline t = DublinTimeline.of(c, Regime.AMMR);
        assertThat(t.regime()).isEqualTo(Regime.AMMR);
        assertThat(DublinTimeline.of(c).regime()).isEqualTo(Regime.DUBLIN_III);
        TimeLimit limit = t.on(d("2025-04-01")).get(0);
        assertThat(limit.deadline().deadline()).isEqualTo(d("2025-05-31"));
        assertThat(limit.article()).isEqualTo("art. 39(1)");
        assertThat(limit.source().identifier()).isEqualTo("CELEX 32024R1351");
    }

    @Test
    void urgentRequestConsequenceCitesBothParagraphs() {
        // Dublin III art. 22(6), (7): the one-month ceiling of an urgent request, then acceptance by silence
        DublinEvent urgent =
                new DublinEvent(Kind.URGENT_TAKE_CHARGE_REQUEST, d("2025-04-10"), Optional.of(FR), Optional.empty());
        List<TimeLimit> ls =
                DublinTimeline.of(adultInNl("2025-04-01").event(urgent).build()).on(d("2025-04-11"));
        // without a period asked, the urgent reply period is the one month itself
        assertThat(step(ls, "urgent reply (period asked)").deadline().deadline())
                .isEqualTo(d("2025-05-10"));
        assertThat(step(ls, "reply to urgent take-charge request").consequence())
                .contains("FR must take charge", "art. 22(6), (7)");
    }
}
