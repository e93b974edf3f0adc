package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The state machine of one kind of procedure: its transition table (phase × event → phase, with the legal basis of
 * each transition), the outcomes a decision may have and the bases on which its decision period may be extended.
 * Immutable; built once per kind.
 */
final class Machine {
    private final ProcedureKind kind;
    private final Map<Phase, List<Transition>> byPhase;
    private final List<Transition> transitions;
    private final Function<ProcedureState, Set<Outcome>> outcomes;

    private Machine(Builder b) {
        this.kind = b.kind;
        this.transitions = List.copyOf(b.rows);
        Map<Phase, List<Transition>> m = new EnumMap<>(Phase.class);
        for (Transition t : transitions) {
            m.computeIfAbsent(t.from(), p -> new ArrayList<>()).add(t);
        }
        m.replaceAll((p, l) -> List.copyOf(l));
        this.byPhase = Collections.unmodifiableMap(m);
        this.outcomes = b.outcomes;
    }

    static Builder builder(ProcedureKind kind) {
        return new Builder(kind);
    }

    ProcedureKind kind() {
        return kind;
    }

    /** Every row of the table, in the order it was written. */
    List<Transition> transitions() {
        return transitions;
    }

    /** The row that applies to an event of a type in a state, if the event is allowed there. */
    Optional<Transition> find(ProcedureState s, EventType type) {
        for (Transition t : byPhase.getOrDefault(s.phase(), List.of())) {
            if (t.event() == type && t.enabled().test(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The types of event allowed in a state. */
    Set<EventType> allowed(ProcedureState s) {
        EnumSet<EventType> a = EnumSet.noneOf(EventType.class);
        for (Transition t : byPhase.getOrDefault(s.phase(), List.of())) {
            if (t.enabled().test(s)) {
                a.add(t.event());
            }
        }
        return a;
    }

    /** The outcomes a decision may have in a state where a decision is allowed. */
    Set<Outcome> outcomes(ProcedureState s) {
        return outcomes.apply(s);
    }

    /** Writes the table row by row. */
    static final class Builder {
        private static final Predicate<ProcedureState> ALWAYS = s -> true;
        private final ProcedureKind kind;
        private final List<Transition> rows = new ArrayList<>();
        private Function<ProcedureState, Set<Outcome>> outcomes = s -> EnumSet.noneOf(Outcome.class);

        private Builder(ProcedureKind kind) {
            this.kind = kind;
        }

        /** In {@code from}, {@code event} leads to {@code to}. */
        Builder on(Phase from, EventType event, Phase to, LegalSource source, Transition.Effect effect) {
            return on(from, event, ALWAYS, to, source, effect);
        }

        /** In {@code from}, when {@code enabled} holds, {@code event} leads to {@code to}. */
        Builder on(
                Phase from,
                EventType event,
                Predicate<ProcedureState> enabled,
                Phase to,
                LegalSource source,
                Transition.Effect effect) {
            for (Transition t : rows) {
                if (t.from() == from && t.event() == event) {
                    throw new IllegalStateException(kind + ": two rows for " + from + " × " + event);
                }
            }
            rows.add(new Transition(from, event, to, source, enabled, effect));
            return this;
        }

        /** In each of {@code phases}, {@code event} leads to {@code to}. */
        Builder onEach(Set<Phase> phases, EventType event, Phase to, LegalSource source, Transition.Effect effect) {
            for (Phase p : phases) {
                on(p, event, ALWAYS, to, source, effect);
            }
            return this;
        }

        /** In each of {@code phases}, when {@code enabled} holds, {@code event} keeps the case in its phase. */
        Builder staysIn(
                Set<Phase> phases,
                EventType event,
                Predicate<ProcedureState> enabled,
                LegalSource source,
                Transition.Effect effect) {
            for (Phase p : phases) {
                on(p, event, enabled, p, source, effect);
            }
            return this;
        }

        /** Adds rows that several procedures share, e.g. {@link AsylumProcedure#remedies}. */
        Builder rows(java.util.function.UnaryOperator<Builder> shared) {
            return shared.apply(this);
        }

        Builder outcomes(Function<ProcedureState, Set<Outcome>> allowed) {
            this.outcomes = allowed;
            return this;
        }

        Machine build() {
            return new Machine(this);
        }
    }
}
