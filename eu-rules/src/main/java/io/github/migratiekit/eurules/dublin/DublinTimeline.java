package io.github.migratiekit.eurules.dublin;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time limits of a Dublin case: from the dated events of the procedure ({@link DublinCase#events()}) and the
 * registration of the application, every limit of Dublin III (arts. 17(2), 19(2), 21–25, 28(3), 29) or the AMMR
 * (arts. 37(2), 39–42, 45, 46) that has been triggered, counted under Dublin III art. 42 ({@link
 * DeadlineCalculus#DUBLIN_ART_42}: the event day not counted, month-end clamping, no roll past weekends or holidays),
 * with its status on a given day and the consequence of lapsing.
 *
 * <p>The terms are data ({@link RegimeRules}). Rules of reading, with sources:
 *
 * <ul>
 *   <li>a take-charge request after a Eurodac hit must be made within two months of the hit but never more than three
 *       months after the application was lodged (CJEU C-670/16 Mengesteab); the same ceiling is applied to the AMMR's
 *       one-month hit limit (uncertain);
 *   <li>a request is taken to be received on the day it was sent (DubliNet);
 *   <li>a tacit acceptance takes effect on the last day of the reply period; the transfer period runs from then;
 *   <li>the transfer period runs from the acceptance, or from a later final decision on an appeal or review with
 *       suspensive effect; it is extended to the maximum for imprisonment or absconding only when that happened
 *       before the six months ended (CJEU C-163/17 Jawo: absconding is deliberately evading the authorities).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DublinTimeline {
    private final DublinCase dublinCase;
    private final Regime regime;
    private final RegimeRules rules = RegimeRules.standard();

    private DublinTimeline(DublinCase dublinCase, Regime regime) {
        this.dublinCase = dublinCase;
        this.regime = regime;
    }

    /**
     * Creates the timeline of a case under the regime selected by its registration date.
     *
     * @param dublinCase the case with its events
     * @return the timeline
     */
    public static DublinTimeline of(DublinCase dublinCase) {
        Checks.nonNull(dublinCase, "dublinCase");
        return new DublinTimeline(
                dublinCase, Regime.forRegistration(dublinCase.application().registeredOn()));
    }

    /**
     * Creates the timeline of a case under a named regime.
     *
     * @param dublinCase the case with its events
     * @param regime the regime
     * @return the timeline
     */
    public static DublinTimeline of(DublinCase dublinCase, Regime regime) {
        Checks.nonNull(dublinCase, "dublinCase");
        Checks.nonNull(regime, "regime");
        return new DublinTimeline(dublinCase, regime);
    }

    /**
     * Returns the regime whose time limits are applied.
     *
     * @return the regime
     */
    public Regime regime() {
        return regime;
    }

    /**
     * Reports every time limit triggered by an event on or before a day, as it stands on that day. Events after the
     * day are ignored.
     *
     * @param on the day
     * @return the time limits in the order of their triggering events
     */
    public List<TimeLimit> on(LocalDate on) {
        List<DublinEvent> ev = new ArrayList<>();
        for (DublinEvent e : dublinCase.events()) {
            if (!e.date().isAfter(on)) {
                ev.add(e);
            }
        }
        ev.sort(Comparator.comparing(DublinEvent::date).thenComparing(DublinEvent::kind));
        return new Run(ev, on).compute();
    }

    /**
     * Reports the time limits that are open on a day.
     *
     * @param on the day
     * @return the open limits
     */
    public List<TimeLimit> open(LocalDate on) {
        return on(on).stream().filter(t -> t.status() == TimeLimit.Status.OPEN).toList();
    }

    /**
     * Reports the time limits that have lapsed by a day.
     *
     * @param on the day
     * @return the lapsed limits
     */
    public List<TimeLimit> lapsed(LocalDate on) {
        return on(on).stream()
                .filter(t -> t.status() == TimeLimit.Status.LAPSED)
                .toList();
    }

    private final class Run {
        private final List<DublinEvent> ev;
        private final LocalDate on;
        private final List<TimeLimit> out = new ArrayList<>();
        private final boolean d3 = regime == Regime.DUBLIN_III;
        private final MemberState here = dublinCase.application().state();
        private final LocalDate reg = dublinCase.application().registeredOn();

        Run(List<DublinEvent> ev, LocalDate on) {
            this.ev = ev;
            this.on = on;
        }

        Optional<DublinEvent> first(Set<Kind> kinds, LocalDate notBefore) {
            return ev.stream()
                    .filter(e -> kinds.contains(e.kind()) && !e.date().isBefore(notBefore))
                    .findFirst();
        }

        Optional<DublinEvent> first(Kind kind) {
            return first(EnumSet.of(kind), LocalDate.MIN);
        }

        Deadline deadline(String label, LocalDate start, RegimeRules.Rule rule) {
            return deadline(label, start, rule.term(), rule);
        }

        Deadline deadline(String label, LocalDate start, Period term, RegimeRules.Rule rule) {
            return Deadlines.compute(DeadlineRequest.builder()
                    .label(label)
                    .start(start)
                    .term(term)
                    .termSource(rule.source())
                    .calculus(DeadlineCalculus.DUBLIN_ART_42)
                    .build());
        }

        TimeLimit add(
                String step, RegimeRules.Rule rule, String trigger, Deadline d, Optional<LocalDate> done, String cons) {
            TimeLimit.Status st;
            if (done.isPresent()) {
                st = done.get().isAfter(d.deadline()) ? TimeLimit.Status.LAPSED : TimeLimit.Status.MET;
            } else {
                st = on.isAfter(d.deadline()) ? TimeLimit.Status.LAPSED : TimeLimit.Status.OPEN;
            }
            TimeLimit t = new TimeLimit(
                    step,
                    rule.article(),
                    rule.source(),
                    trigger,
                    d,
                    st,
                    done,
                    ChronoUnit.DAYS.between(on, d.deadline()),
                    cons);
            out.add(t);
            return t;
        }

        RegimeRules.Rule rule(String id) {
            return rules.require(regime, id);
        }

        String cite(String article) {
            return regime.displayName() + " " + article;
        }

        List<TimeLimit> compute() {
            Optional<DublinEvent> det = first(Kind.DETENTION);
            Optional<DublinEvent> hitEntry = first(EnumSet.of(Kind.EURODAC_HIT_ENTRY, Kind.VIS_HIT), LocalDate.MIN);
            Optional<DublinEvent> hitApp = first(Kind.EURODAC_HIT_APPLICATION);
            Optional<DublinEvent> aware = first(Kind.AWARE_OF_OTHER_STATE);
            Kind tbKind = d3 ? Kind.TAKE_BACK_REQUEST : Kind.TAKE_BACK_NOTIFICATION;
            Optional<DublinEvent> tb = first(tbKind);
            boolean takeBack = tb.isPresent() || hitApp.isPresent() || aware.isPresent();
            Optional<LocalDate> accepted = Optional.empty();
            Optional<MemberState> requested = Optional.empty();

            if (!takeBack) {
                Optional<DublinEvent> tcr =
                        first(EnumSet.of(Kind.TAKE_CHARGE_REQUEST, Kind.URGENT_TAKE_CHARGE_REQUEST), LocalDate.MIN);
                takeChargeRequest(hitEntry, tcr);
                if (det.isPresent()) {
                    detentionRequest(det.get(), tcr.map(DublinEvent::date));
                }
                if (tcr.isPresent()) {
                    requested = tcr.get().otherState();
                    accepted = takeChargeReply(tcr.get(), det, hitEntry);
                }
            } else {
                if (d3) {
                    takeBackRequestD3(hitApp, aware, tb);
                } else if (hitApp.isPresent()) {
                    RegimeRules.Rule r = rule("take-back-notification");
                    add(
                            "take-back notification",
                            r,
                            "Eurodac hit on " + hitApp.get().date(),
                            deadline("take-back notification", hitApp.get().date(), r),
                            tb.map(DublinEvent::date),
                            "a late notification does not affect the obligation of the responsible State to take back"
                                    + " the person (" + cite(r.article()) + ").");
                }
                if (det.isPresent()) {
                    detentionRequest(det.get(), tb.map(DublinEvent::date));
                }
                if (tb.isPresent()) {
                    requested = tb.get().otherState();
                    accepted = takeBackReply(tb.get(), det, hitApp);
                }
            }
            if (accepted.isPresent()) {
                String other = requested.map(Enum::name).orElse("the requested State");
                if (!d3) {
                    RegimeRules.Rule r = rule("transfer-decision");
                    add(
                            "transfer decision",
                            r,
                            "acceptance or confirmation on " + accepted.get(),
                            deadline("transfer decision", accepted.get(), r),
                            first(EnumSet.of(Kind.TRANSFER_DECISION), accepted.get())
                                    .map(DublinEvent::date),
                            "no consequence is attached to a late transfer decision (" + cite(r.article()) + ").");
                }
                transfer(accepted.get(), other, det);
            }
            first(Kind.HUMANITARIAN_REQUEST).ifPresent(h -> {
                RegimeRules.Rule r = rule("humanitarian-reply");
                add(
                        "reply to humanitarian request",
                        r,
                        "humanitarian request to "
                                + h.otherState().map(Enum::name).orElse("?") + " on " + h.date(),
                        deadline("reply to humanitarian request", h.date(), r),
                        first(EnumSet.of(Kind.HUMANITARIAN_REPLY), h.date()).map(DublinEvent::date),
                        "the Regulation attaches no tacit acceptance to silence: the request is not accepted ("
                                + cite(r.article()) + ").");
            });
            cessation();
            return List.copyOf(out);
        }

        void takeChargeRequest(Optional<DublinEvent> hit, Optional<DublinEvent> tcr) {
            RegimeRules.Rule base = rule("take-charge-request");
            Deadline fromReg = deadline("take-charge request", reg, base);
            Deadline chosen = fromReg;
            RegimeRules.Rule used = base;
            String trigger = "application " + (d3 ? "lodged" : "registered") + " on " + reg;
            if (hit.isPresent() && !hit.get().date().isBefore(reg)) {
                RegimeRules.Rule hr = rule("take-charge-request-hit");
                Deadline fromHit =
                        deadline("take-charge request after a hit", hit.get().date(), hr);
                if (fromHit.deadline().isBefore(fromReg.deadline())) {
                    chosen = fromHit;
                    used = hr;
                    trigger = (hit.get().kind() == Kind.VIS_HIT ? "VIS" : "Eurodac") + " hit on "
                            + hit.get().date();
                } else {
                    trigger = trigger + " (the hit on " + hit.get().date() + " cannot extend the "
                            + Dublin.describeTerm(base.term()) + " from the application: CJEU C-670/16 Mengesteab"
                            + (d3 ? "" : ", applied to the AMMR by analogy (uncertain)") + ")";
                }
            }
            add(
                    "take-charge request",
                    used,
                    trigger,
                    chosen,
                    tcr.map(DublinEvent::date),
                    "responsibility for examining the application lies with " + here + ", where it was "
                            + (d3 ? "lodged" : "registered") + " (" + cite(d3 ? "art. 21(1)" : "art. 39(1)") + ")."
                            + (d3
                                    ? ""
                                    : " For an unaccompanied minor the request may still be made before a first"
                                            + " decision on the substance if in the child's best interests (art. 39(1))."));
        }

        void detentionRequest(DublinEvent det, Optional<LocalDate> done) {
            RegimeRules.Rule r;
            LocalDate start;
            String trigger;
            if (d3 || !det.date().isAfter(reg)) {
                r = rule("detention-request");
                start = reg;
                trigger = "application " + (d3 ? "lodged" : "registered") + " on " + reg + " by a detained person";
            } else {
                r = rule("detention-request-late");
                start = det.date();
                trigger = "detention on " + det.date();
            }
            add(
                    "request or notification for a detained person",
                    r,
                    trigger,
                    deadline("request for a detained person", start, r),
                    done,
                    d3
                            ? "the person may no longer be detained under art. 28; the ordinary time limits of arts. 21,"
                                    + " 23, 24 and 29 apply (art. 28(3))."
                            : "detention under art. 44 can no longer rest on this procedure (consequence not spelled"
                                    + " out in art. 45; uncertain).");
        }

        Optional<LocalDate> takeChargeReply(DublinEvent tcr, Optional<DublinEvent> det, Optional<DublinEvent> hit) {
            String other = tcr.otherState().map(Enum::name).orElse("the requested State");
            Optional<LocalDate> reply =
                    first(EnumSet.of(Kind.ACCEPTED, Kind.REJECTED), tcr.date()).map(DublinEvent::date);
            String trigger = "take-charge request to " + other + " on " + tcr.date();
            String cons = "failure to reply is acceptance: " + other + " must take charge of the applicant and arrange"
                    + " the arrival (" + cite(d3 ? "art. 22(7)" : "art. 40") + ")"
                    + (d3 ? "." : " (AMMR paragraph" + " uncertain).");
            TimeLimit t;
            if (det.isPresent() && !det.get().date().isAfter(tcr.date())) {
                RegimeRules.Rule r = rule("detention-reply");
                t = add(
                        "reply to take-charge request (detention)",
                        r,
                        trigger,
                        deadline("reply to take-charge request", tcr.date(), r),
                        reply,
                        cons.replace(d3 ? "art. 22(7)" : "art. 40", d3 ? "art. 28(3)" : "art. 45(2)"));
            } else if (d3 && tcr.kind() == Kind.URGENT_TAKE_CHARGE_REQUEST) {
                RegimeRules.Rule urgent = rule("take-charge-reply-urgent");
                Period asked = tcr.replyWithin().orElse(urgent.term());
                add(
                        "urgent reply (period asked)",
                        urgent,
                        trigger,
                        deadline("urgent reply as asked", tcr.date(), asked, urgent),
                        reply,
                        "none by itself: the requested State must make every effort to reply in time; it may reply"
                                + " later in exceptional cases, but within one month (art. 22(6)).");
                t = add(
                        "reply to urgent take-charge request",
                        urgent,
                        trigger,
                        deadline("reply to urgent take-charge request", tcr.date(), urgent),
                        reply,
                        cons.replace("art. 22(7)", "art. 22(6), (7)"));
            } else if (!d3 && hit.isPresent() && !hit.get().date().isAfter(tcr.date())) {
                RegimeRules.Rule r = rule("take-charge-reply-hit");
                t = add(
                        "reply to take-charge request (Eurodac or VIS hit)",
                        r,
                        trigger,
                        deadline("reply to take-charge request", tcr.date(), r),
                        reply,
                        cons);
            } else {
                RegimeRules.Rule r = rule("take-charge-reply");
                t = add(
                        "reply to take-charge request",
                        r,
                        trigger,
                        deadline("reply to take-charge request", tcr.date(), r),
                        reply,
                        cons);
            }
            return acceptance(t, tcr.date());
        }

        /** The day of express acceptance in time, or of tacit acceptance at the end of the reply period. */
        Optional<LocalDate> acceptance(TimeLimit t, LocalDate requested) {
            LocalDate end = t.deadline().deadline();
            Optional<DublinEvent> firstReply = first(EnumSet.of(Kind.ACCEPTED, Kind.REJECTED), requested);
            if (firstReply.isPresent() && !firstReply.get().date().isAfter(end)) {
                return firstReply.get().kind() == Kind.ACCEPTED
                        ? Optional.of(firstReply.get().date())
                        : Optional.empty();
            }
            return on.isAfter(end) ? Optional.of(end) : Optional.empty();
        }

        void takeBackRequestD3(Optional<DublinEvent> hit, Optional<DublinEvent> aware, Optional<DublinEvent> tb) {
            Optional<LocalDate> done = tb.map(DublinEvent::date);
            if (aware.isPresent()) {
                boolean byHit = hit.isPresent();
                RegimeRules.Rule r =
                        rule(byHit ? "take-back-request-irregular-stay-hit" : "take-back-request-irregular-stay");
                LocalDate start = byHit ? hit.get().date() : aware.get().date();
                add(
                        "take-back request (no new application)",
                        r,
                        byHit ? "Eurodac hit on " + start : "aware of another State's responsibility on " + start,
                        deadline("take-back request", start, r),
                        done,
                        "the requesting State must give the person the opportunity to lodge a new application"
                                + " (art. 24(3)).");
                return;
            }
            boolean byHit = hit.isPresent();
            RegimeRules.Rule r = rule(byHit ? "take-back-request-hit" : "take-back-request");
            LocalDate start = byHit ? hit.get().date() : reg;
            add(
                    "take-back request",
                    r,
                    byHit ? "Eurodac hit on " + start : "new application lodged on " + start,
                    deadline("take-back request", start, r),
                    done,
                    "responsibility for examining the new application lies with " + here + ", where it was lodged"
                            + " (art. 23(3)).");
        }

        Optional<LocalDate> takeBackReply(DublinEvent tb, Optional<DublinEvent> det, Optional<DublinEvent> hit) {
            String other = tb.otherState().map(Enum::name).orElse("the requested State");
            Optional<LocalDate> reply =
                    first(EnumSet.of(Kind.ACCEPTED, Kind.REJECTED), tb.date()).map(DublinEvent::date);
            RegimeRules.Rule r;
            String step;
            String cons;
            if (d3) {
                boolean detained = det.isPresent() && !det.get().date().isAfter(tb.date());
                r = rule(detained ? "detention-reply" : hit.isPresent() ? "take-back-reply-hit" : "take-back-reply");
                step = "reply to take-back request";
                cons = "failure to reply is acceptance: " + other + " must take back the person and arrange the"
                        + " arrival (" + cite(detained ? "art. 28(3)" : "art. 25(2)") + ").";
            } else {
                r = rule("take-back-confirmation");
                step = "confirmation of take-back notification";
                cons = "failure to react is confirmation of receipt: " + other + " must take back the person ("
                        + cite(r.article()) + ").";
            }
            TimeLimit t = add(
                    step,
                    r,
                    (d3 ? "take-back request" : "take-back notification") + " to " + other + " on " + tb.date(),
                    deadline(step, tb.date(), r),
                    reply,
                    cons);
            return acceptance(t, tb.date());
        }

        void transfer(LocalDate accepted, String other, Optional<DublinEvent> det) {
            LocalDate start = accepted;
            boolean tacit = ev.stream()
                    .noneMatch(e -> e.kind() == Kind.ACCEPTED && e.date().equals(accepted));
            String what = d3 ? "acceptance" : "acceptance or confirmation";
            String trigger = (tacit ? "tacit " + what + " (no reply in time) on " : what + " on ") + accepted;
            Optional<DublinEvent> appeal = ev.stream()
                    .filter(e ->
                            e.kind() == Kind.APPEAL_FINAL_DECISION && e.date().isAfter(accepted))
                    .reduce((a, b) -> b);
            if (appeal.isPresent()) {
                start = appeal.get().date();
                trigger = "final decision on an appeal with suspensive effect on " + start + " (" + what + " on "
                        + accepted + ")";
            }
            boolean detained = d3 && det.isPresent() && !det.get().date().isAfter(start);
            RegimeRules.Rule base = rule(detained ? "detention-transfer" : "transfer");
            Deadline d = deadline("transfer", start, base);
            RegimeRules.Rule used = base;
            LocalDate s0 = start;
            LocalDate baseEnd = d.deadline();
            Optional<DublinEvent> ground = ev.stream()
                    .filter(e -> (e.kind() == Kind.IMPRISONMENT || e.kind() == Kind.ABSCONDING)
                            && e.date().isAfter(s0)
                            && !e.date().isAfter(baseEnd))
                    .max(Comparator.comparing((DublinEvent e) -> e.kind() == Kind.ABSCONDING)
                            .thenComparing(DublinEvent::date, Comparator.reverseOrder()));
            String step = "transfer";
            if (ground.isPresent() && !detained) {
                boolean absc = ground.get().kind() == Kind.ABSCONDING;
                used = rule(absc ? "transfer-absconding" : "transfer-imprisonment");
                d = deadline("transfer (extended)", start, used);
                step = "transfer (extended: " + (absc ? "absconding" : "imprisonment") + " on "
                        + ground.get().date() + (absc ? ", CJEU C-163/17 Jawo" : "") + ")";
            }
            Optional<LocalDate> done =
                    first(EnumSet.of(Kind.TRANSFERRED), start).map(DublinEvent::date);
            add(
                    step,
                    used,
                    trigger,
                    d,
                    done,
                    d3
                            ? other + " is relieved of its obligations and responsibility passes to " + here
                                    + " (art. 29(2))."
                            : here + " becomes the Member State responsible (art. 37(1), art. 46(2)).");
        }

        void cessation() {
            Optional<RegimeRules.Rule> leave = rules.rule(regime, "departure-cessation");
            Optional<DublinEvent> left =
                    ev.stream().filter(e -> e.kind() == Kind.LEFT_TERRITORY).reduce((a, b) -> b);
            if (leave.isPresent() && left.isPresent()) {
                LocalDate l = left.get().date();
                Optional<LocalDate> back =
                        first(EnumSet.of(Kind.RETURNED_TO_TERRITORY), l).map(DublinEvent::date);
                Deadline d = deadline("absence from the territory", l, leave.get());
                // "met" here means the person came back before the three months were over
                add(
                        "return to the territory within three months",
                        leave.get(),
                        "departure from the territory on " + l,
                        d,
                        back.filter(b -> b.isBefore(d.deadline())),
                        "the responsible State's obligations cease if it establishes that the person left the"
                                + " territory of the Member States for at least three months; a later application is a"
                                + " new application (art. 19(2)).");
            }
            Optional<RegimeRules.Rule> border = rules.rule(regime, "border-procedure-cessation");
            Optional<DublinEvent> rej = first(Kind.BORDER_PROCEDURE_REJECTION_FINAL);
            if (border.isPresent() && rej.isPresent()) {
                add(
                        "end of obligations after the border procedure",
                        border.get(),
                        "rejection in the border procedure final on "
                                + rej.get().date(),
                        deadline("end of obligations", rej.get().date(), border.get()),
                        Optional.empty(),
                        "the obligations of art. 36(1) cease; a later application is a new application (art.37(2)).");
            }
        }
    }
}
