package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.Explanation;
import io.github.migratiekit.core.legal.ExplanationStep;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terms of Dutch migration procedures as dated data: which term applies to a procedure that started on a given
 * day, and which categorical extensions apply to it.
 *
 * <p>The bundled rules ({@code procedure-terms.json} next to this class) cover the asylum decision period (Vw 2000
 * art. 42(1); from 2026-06-12 Regulation (EU) 2024/1348 art. 35), the categorical asylum extensions of WBV 2022/22
 * and WBV 2023/3, the regular decision period (Vw 2000 art. 25), objection decisions (Awb 7:10), objection and
 * appeal periods (Awb 6:7, Vw 2000 art. 69) and the mvv collection and entry periods. Rules whose text could not be
 * verified carry a note in their source; a user can supply corrected rules with {@link #of(Collection, Collection)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcedureTerms {
    private static final ProcedureTerms STANDARD = load();

    private final List<TermRule> rules;
    private final List<CategoricalExtension> categoricalExtensions;

    private ProcedureTerms(Collection<TermRule> rules, Collection<CategoricalExtension> categoricalExtensions) {
        this.rules = List.copyOf(rules);
        this.categoricalExtensions = List.copyOf(categoricalExtensions);
        for (int i = 0; i < this.rules.size(); i++) {
            for (int j = i + 1; j < this.rules.size(); j++) {
                TermRule a = this.rules.get(i);
                TermRule b = this.rules.get(j);
                if (a.procedure().equals(b.procedure()) && overlap(a, b)) {
                    throw new InvalidInputException(
                            "rules[" + j + "]",
                            "procedure " + b.procedure() + ": validity from " + b.validFrom()
                                    + " overlaps another rule from " + a.validFrom());
                }
            }
        }
    }

    private static boolean overlap(TermRule a, TermRule b) {
        LocalDate aEnd = a.validTo().orElse(LocalDate.MAX);
        LocalDate bEnd = b.validTo().orElse(LocalDate.MAX);
        return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
    }

    /**
     * Returns the rules bundled with this release.
     *
     * @return the standard rules
     */
    public static ProcedureTerms standard() {
        return STANDARD;
    }

    /**
     * Creates a rule set from user-supplied rules (e.g. corrected after a change in the law).
     *
     * @param rules the term rules; for one procedure their validity periods must not overlap
     * @param categoricalExtensions the categorical extensions
     * @return the rule set
     * @throws InvalidInputException if two rules of one procedure overlap in time
     */
    public static ProcedureTerms of(
            Collection<TermRule> rules, Collection<CategoricalExtension> categoricalExtensions) {
        Checks.nonNull(rules, "rules");
        Checks.nonNull(categoricalExtensions, "categoricalExtensions");
        return new ProcedureTerms(rules, categoricalExtensions);
    }

    /**
     * Returns every rule, in the order given.
     *
     * @return the rules
     */
    public List<TermRule> rules() {
        return rules;
    }

    /**
     * Returns the categorical extensions.
     *
     * @return the extensions
     */
    public List<CategoricalExtension> categoricalExtensions() {
        return categoricalExtensions;
    }

    /**
     * Returns the ids of the known procedures.
     *
     * @return the ids in alphabetical order
     */
    public Set<String> procedures() {
        Set<String> ids = new TreeSet<>();
        for (TermRule r : rules) {
            ids.add(r.procedure());
        }
        return ids;
    }

    /**
     * Returns the rule of a procedure that applies to a term starting on a day.
     *
     * @param procedure the procedure id
     * @param start the start date of the term
     * @return the rule
     * @throws UnknownProcedureException if the procedure is unknown or has no rule for that date
     */
    public TermRule rule(String procedure, LocalDate start) {
        boolean known = false;
        for (TermRule r : rules) {
            if (r.procedure().equals(procedure)) {
                known = true;
                if (r.appliesTo(start)) {
                    return r;
                }
            }
        }
        if (!known) {
            throw new UnknownProcedureException(
                    "procedure", "unknown procedure '" + procedure + "'; known: " + String.join(", ", procedures()));
        }
        throw new UnknownProcedureException(
                "received", "no rule of procedure '" + procedure + "' applies to a term starting on " + start);
    }

    /**
     * Computes the deadline of a procedure.
     *
     * @param procedure the procedure id
     * @param start the start date (see {@link TermRule#startsWith()})
     * @param suspensions the suspensions
     * @param extensions the individual extensions
     * @return the deadline, whose explanation starts with the rule selected
     * @throws UnknownProcedureException if the procedure is unknown or has no rule for that date
     * @throws InvalidInputException if a suspension or extension is invalid
     */
    public Deadline deadline(
            String procedure, LocalDate start, List<Suspension> suspensions, List<Extension> extensions) {
        TermRule rule = rule(procedure, start);
        for (int i = 0; i < extensions.size(); i++) {
            ExtensionBasis basis = extensions.get(i).basis();
            if (!rule.extensionBases().contains(basis)) {
                throw new InvalidInputException(
                        "extensions[" + i + "].basis",
                        basis.source().article() + " (" + basis + ") does not extend the " + rule.name() + "; "
                                + (rule.extensionBases().isEmpty()
                                        ? "that term cannot be extended individually"
                                        : "it can be extended under "
                                                + rule.extensionBases().stream()
                                                        .map(b -> b.source().article() + " (" + b + ")")
                                                        .collect(java.util.stream.Collectors.joining(", ")))
                                + " (" + rule.source().shortCitation() + ")");
            }
        }
        DeadlineRequest.Builder request = DeadlineRequest.builder()
                .label(rule.name())
                .start(start)
                .term(rule.term())
                .termSource(rule.source())
                .calculus(rule.calculus())
                .suspensions(suspensions)
                .extensions(extensions);
        List<CategoricalExtension> cats = new ArrayList<>();
        for (CategoricalExtension c : categoricalExtensions) {
            if (!c.procedure().equals(procedure)) {
                continue;
            }
            if (c.appliesTo(start)) {
                cats.add(c);
            } else if (c.pendingOn().isPresent() && start.isBefore(c.lodgedFrom())) {
                // the term as it stood on the day the policy rule took effect: only extensions decided by then
                LocalDate pendingOn = c.pendingOn().get();
                LocalDate unextended = Deadlines.compute(request.build()
                                .withExtensions(extensions.stream()
                                        .filter(e -> !e.decidedOn().isAfter(pendingOn))
                                        .toList()))
                        .deadline();
                if (c.appliesTo(start, unextended)) {
                    cats.add(c);
                }
            }
        }
        Deadline d = Deadlines.compute(request.categoricalExtensions(cats).build());
        String validity = rule.validTo()
                .map(to -> "from " + rule.validFrom() + " to " + to)
                .orElse("from " + rule.validFrom());
        ExplanationStep selected = ExplanationStep.of(
                "Rule for '" + procedure + "' in force for terms starting " + validity + ": " + rule.name()
                        + ", counted from " + rule.startsWith() + ".",
                rule.source());
        Explanation why = Explanation.of(List.of(selected)).plus(d.explanation());
        return new Deadline(
                d.label(), d.start(), d.term(), d.calculus(), d.rawDeadline(), d.deadline(), d.suspendedDays(), why);
    }

    private static ProcedureTerms load() {
        String resource = "procedure-terms.json";
        InputStream in = ProcedureTerms.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + resource);
        }
        Data data = Json.read(in, Data.class);
        return new ProcedureTerms(data.rules(), data.categoricalExtensions());
    }

    /**
     * The JSON form of a rule set: {@code {"rules": [...], "categoricalExtensions": [...]}}.
     *
     * @param rules the term rules
     * @param categoricalExtensions the categorical extensions
     */
    public record Data(List<TermRule> rules, List<CategoricalExtension> categoricalExtensions) {
        /**
         * Copies the lists.
         *
         * @param rules the term rules
         * @param categoricalExtensions the categorical extensions
         */
        public Data {
            Checks.nonNull(rules, "data.rules");
            Checks.nonNull(categoricalExtensions, "data.categoricalExtensions");
            rules = List.copyOf(rules);
            categoricalExtensions = List.copyOf(categoricalExtensions);
        }
    }
}
