package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.procedure.ProcedureEvent.Decided;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The appeal period after an adverse asylum decision, chosen by the decision's legal ground (Vw 2000 art. 69), and
 * the further appeal period that goes with it.
 *
 * <p>From 2015-07-20: one week for a decision under art. 30, 30a, 30b or 30c whatever the track (art. 69(2)(b)–(e)),
 * for a rejection within the days of the general asylum procedure (art. 69(2)(a)) and for a Dublin transfer decision
 * (art. 69(4)); four weeks otherwise (art. 69(1)). The Council of State applies art. 69(2) to the further appeal as
 * well (ECLI:NL:RVS:2013:2679). Before 2015-07-20 art. 69(2) covered only rejections within the general procedure's
 * days, so the track decides.
 */
final class AppealPeriods {
    private AppealPeriods() {}

    /** The day letters b–e of Vw 2000 art. 69(2) (grounds of art. 30–30c) took effect. */
    static final LocalDate GROUNDS_IN_FORCE = LocalDate.of(2015, 7, 20);

    /** The case law that art. 69(2) also governs the further appeal. */
    static final LegalSource FURTHER_APPEAL_69_2 = LegalSource.of(
                    "ABRvS 19 December 2013, 201309930/1/V2", "", "ECLI:NL:RVS:2013:2679")
            .withNote("art. 69(2) Vw 2000 also applies to the period for a further appeal");

    /**
     * How the periods were chosen for a decision; kept in the state for the further appeal.
     *
     * @param appealRule the rule of the appeal period in the procedure terms
     * @param furtherAppealRule the rule of the further appeal period
     * @param oneWeek whether the appeal period is one week
     * @param reason why, in words
     * @param basis the paragraph of Vw 2000 art. 69 applied
     * @param warnings what was assumed (e.g. a ground not stated)
     */
    record Choice(
            String appealRule,
            String furtherAppealRule,
            boolean oneWeek,
            String reason,
            LegalSource basis,
            List<String> warnings) {
        Choice {
            warnings = List.copyOf(warnings);
        }
    }

    /** Chooses the periods for an adverse asylum decision taken in state {@code s}. */
    static Choice forAsylumDecision(ProcedureState s, Decided e) {
        boolean border = s.kind() == ProcedureKind.BORDER_ASYLUM;
        boolean generalTrack =
                border || s.track().map(Track::isGeneralProcedure).orElse(true);
        String where = border
                ? "the border procedure"
                : s.track().map(t -> "the track (" + t.dutchLabel() + ")").orElse("the absence of a track");
        List<String> warnings = new ArrayList<>();
        if (e.date().isBefore(GROUNDS_IN_FORCE)) {
            e.ground()
                    .ifPresent(g -> warnings.add("The stated ground " + g + " is not used: for a decision announced"
                            + " before " + GROUNDS_IN_FORCE + " the appeal period follows the track."));
            return new Choice(
                    generalTrack ? "appeal-asylum-general" : "appeal-asylum-extended",
                    generalTrack ? "further-appeal-asylum-one-week" : "further-appeal-immigration",
                    generalTrack,
                    "Decided before " + GROUNDS_IN_FORCE + ", when art. 69(2) gave one week only for a rejection"
                            + " within the days of the general asylum procedure: the period follows " + where + ": "
                            + (generalTrack ? "one week" : "four weeks") + ".",
                    ProcedureSources.VW.withArticle(generalTrack ? "art. 69(2)" : "art. 69(1)"),
                    warnings);
        }
        DecisionGround g;
        String how;
        Optional<DecisionGround> stated = e.ground();
        if (stated.isPresent()) {
            g = stated.get();
            how = "The decision states its ground: " + g.dutchLabel();
        } else if (e.outcome() != Outcome.REJECTED) {
            g = ground(e.outcome());
            how = "The outcome fixes the ground: " + g.dutchLabel();
        } else {
            g = generalTrack ? DecisionGround.ART_31_GENERAL_PROCEDURE : DecisionGround.ART_31_EXTENDED_PROCEDURE;
            how = "Ground assumed from " + where + ": " + g.dutchLabel();
            warnings.add("The decision does not state its ground; from " + where + " it is taken as a rejection as"
                    + " unfounded "
                    + (generalTrack
                            ? "within the days of the general asylum procedure (Vw 2000 art. 69(2)(a)): one week"
                            : "after the days of the general asylum procedure (Vw 2000 art. 69(1)): four weeks")
                    + ". Check the decision: under art. 30, 30a, 30b or 30c the period is one week whatever the"
                    + " track (art. 69(2)).");
        }
        if (g == DecisionGround.ART_62B_DUBLIN_TRANSFER) {
            warnings.add("The further appeal period after a transfer decision is taken as one week, by analogy with"
                    + " art. 69(2), which the Council of State applies to further appeals (ECLI:NL:RVS:2013:2679);"
                    + " not verified for art. 69(4).");
        }
        String appealRule = g == DecisionGround.ART_62B_DUBLIN_TRANSFER
                ? "appeal-dublin-transfer"
                : g.oneWeekToAppeal() ? "appeal-asylum-one-week" : "appeal-asylum-extended";
        String reason = how + ". Appeal period: " + (g.oneWeekToAppeal() ? "one week" : "four weeks") + " ("
                + g.appealSource().article() + ")"
                + (g.oneWeekToAppeal() && g.outcome() != Outcome.REJECTED ? ", whatever the track" : "") + ".";
        return new Choice(
                appealRule,
                g.oneWeekToAppeal() ? "further-appeal-asylum-one-week" : "further-appeal-immigration",
                g.oneWeekToAppeal(),
                reason,
                g.appealSource(),
                warnings);
    }

    /** The ground an outcome other than a plain rejection fixes (a Dublin decision: art. 30). */
    private static DecisionGround ground(Outcome o) {
        return switch (o) {
            case NOT_CONSIDERED_DUBLIN -> DecisionGround.ART_30_DUBLIN;
            case INADMISSIBLE -> DecisionGround.ART_30A_INADMISSIBLE;
            case REJECTED_MANIFESTLY_UNFOUNDED -> DecisionGround.ART_30B_MANIFESTLY_UNFOUNDED;
            case NOT_PROCESSED -> DecisionGround.ART_30C_NOT_PROCESSED;
            default -> throw new IllegalArgumentException("no ground follows from " + o);
        };
    }
}
