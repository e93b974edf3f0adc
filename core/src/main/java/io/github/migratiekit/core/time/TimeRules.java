package io.github.migratiekit.core.time;

import io.github.migratiekit.core.legal.LegalSource;
import io.github.migratiekit.core.legal.RuleEntry;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.legal.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of the rules of legal time that this version of Migratiekit applies: procedure terms, categorical
 * and individual extensions, the Atw calendar (statutory holidays and each royal decree), the counting calculi and
 * the late-decision penalty, each with its source and {@link Verification} status.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeRules {
    private TimeRules() {}

    /**
     * Lists the rules, in a stable order: terms (as in {@code procedure-terms.json}), categorical extensions,
     * extension bases, calendar rules, royal decrees by year range, calculi, penalties.
     *
     * @return the rules
     */
    public static List<RuleEntry> catalogue() {
        List<RuleEntry> rows = new ArrayList<>();
        ProcedureTerms terms = ProcedureTerms.standard();
        for (TermRule r : terms.rules()) {
            rows.add(new RuleEntry(
                    "core",
                    "term",
                    r.procedure() + "@" + r.validFrom(),
                    r.name() + ": " + Terms.describe(r.term()) + " from " + r.startsWith()
                            + (r.extensionBases().isEmpty()
                                    ? ""
                                    : "; extensions: "
                                            + String.join(
                                                    ", ",
                                                    r.extensionBases().stream()
                                                            .map(ExtensionBasis::name)
                                                            .toList())),
                    Optional.of(r.validFrom()),
                    r.validTo(),
                    r.source()));
        }
        for (CategoricalExtension c : terms.categoricalExtensions()) {
            rows.add(new RuleEntry(
                    "core",
                    "categorical-extension",
                    c.id(),
                    c.procedure() + " terms of applications lodged " + c.lodgedFrom() + " to " + c.lodgedTo()
                            + " extended by " + Terms.describe(c.length()),
                    Optional.of(c.lodgedFrom()),
                    Optional.of(c.lodgedTo()),
                    c.source()));
        }
        for (ExtensionBasis b : ExtensionBasis.values()) {
            rows.add(new RuleEntry(
                    "core",
                    "extension",
                    b.name(),
                    "individual extension"
                            + b.maximum()
                                    .map(m -> " of at most " + Terms.describe(m))
                                    .orElse(" (no maximum)")
                            + b.maxTimes()
                                    .map(n -> ", at most " + n + " time(s)")
                                    .orElse("")
                            + b.requiresEarlier().map(e -> ", only after " + e).orElse(""),
                    Optional.empty(),
                    Optional.empty(),
                    b.source()));
        }
        rows.add(new RuleEntry(
                "core",
                "calendar",
                "atw-statutory-holidays",
                "New Year's Day, Easter Monday, Ascension Day, Whit Monday, Christmas and Boxing Day, the King's"
                        + " birthday and 5 May are not working days",
                Optional.empty(),
                Optional.empty(),
                Sources.ATW_3_1));
        rows.add(new RuleEntry(
                "core",
                "calendar",
                "atw-good-friday",
                "Good Friday is equated with the holidays",
                Optional.empty(),
                Optional.empty(),
                Sources.ATW_3_2));
        rows.add(new RuleEntry(
                "core",
                "calendar",
                "atw-roll",
                "a statutory term ending on a Saturday, Sunday or holiday runs to the next working day; a term of"
                        + " three days or more holds at least two working days; not for terms of more than 90 days,"
                        + " twelve weeks or three months, or in years",
                Optional.empty(),
                Optional.empty(),
                Sources.ATW_1_1));
        Map<String, List<Holiday>> byDecree = new LinkedHashMap<>();
        AtwCalendar atw = AtwCalendar.standard();
        for (int y = AtwCalendar.FIRST_DECREE_YEAR; y <= AtwCalendar.LAST_DECREE_YEAR; y++) {
            for (Holiday h : atw.holidays(y)) {
                if (h.kind() == HolidayKind.ROYAL_DECREE) {
                    byDecree.computeIfAbsent(h.source().note(), k -> new ArrayList<>())
                            .add(h);
                }
            }
        }
        for (List<Holiday> days : byDecree.values()) {
            LocalDate first = days.get(0).date();
            LocalDate last = days.get(days.size() - 1).date();
            rows.add(new RuleEntry(
                    "core",
                    "royal-decree",
                    "atw-decree-" + first.getYear() + "-" + last.getYear(),
                    "days equated with holidays: "
                            + String.join(
                                    ", ",
                                    days.stream().map(h -> h.date().toString()).toList()),
                    Optional.of(LocalDate.of(first.getYear(), 1, 1)),
                    Optional.of(LocalDate.of(last.getYear(), 12, 31)),
                    days.get(0).source()));
        }
        rows.add(new RuleEntry(
                "core",
                "royal-decree",
                "atw-decree-unknown-years",
                "equated days are not known before " + AtwCalendar.FIRST_DECREE_YEAR + " or after "
                        + AtwCalendar.LAST_DECREE_YEAR + ": deadlines that look at those years carry a warning",
                Optional.empty(),
                Optional.empty(),
                Sources.ATW_3_3.withVerification(
                        Verification.UNVERIFIED, "decrees of those years not researched or not yet published")));
        rows.add(new RuleEntry(
                "core",
                "calculus",
                DeadlineCalculus.EU_REGULATION_1182_71.name(),
                "EU time limits roll to the next working day and hold at least two working days",
                Optional.empty(),
                Optional.empty(),
                Sources.REG_1182_71));
        rows.add(new RuleEntry(
                "core",
                "calculus",
                DeadlineCalculus.DUBLIN_ART_42.name(),
                "Dublin time limits include Saturdays, Sundays and holidays: no roll",
                Optional.empty(),
                Optional.empty(),
                Sources.DUBLIN_III_42));
        rows.add(penalty(
                "awb-4-17-2009",
                "€20/€30/€40 a day, at most €1,260",
                "2009-10-01",
                "2018-12-31",
                LatePenalty.SOURCE_2009));
        rows.add(penalty(
                "awb-4-17-2019",
                "€23/€35/€45 a day, at most €1,442",
                "2019-01-01",
                "2025-12-31",
                LatePenalty.SOURCE_2019));
        rows.add(penalty(
                "awb-4-17-2026",
                "€23/€35/€45 a day assumed (amended text not read)",
                "2026-01-01",
                null,
                LatePenalty.SOURCE_2026));
        rows.add(penalty(
                "tijdelijke-wet-dwangsommen-ind",
                "no penalty for late decisions on asylum residence permits",
                "2020-07-10",
                null,
                LatePenalty.TEMPORARY_ACT));
        return List.copyOf(rows);
    }

    private static RuleEntry penalty(String id, String what, String from, @Nullable String to, LegalSource source) {
        return new RuleEntry(
                "core",
                "penalty",
                id,
                what,
                Optional.of(LocalDate.parse(from)),
                to == null ? Optional.empty() : Optional.of(LocalDate.parse(to)),
                source);
    }
}
