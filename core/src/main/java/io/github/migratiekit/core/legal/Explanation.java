package io.github.migratiekit.core.legal;

import io.github.migratiekit.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ordered steps a computation took to reach its result, each with its legal source.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()} or {@link #of(List)}.
 *
 * @param steps the steps in the order they were taken
 */
public record Explanation(List<ExplanationStep> steps) {

    /**
     * Copies the steps into an immutable list.
     *
     * @param steps the steps in the order they were taken
     */
    public Explanation {
        Checks.nonNull(steps, "explanation.steps");
        steps = List.copyOf(steps);
    }

    /**
     * Creates an explanation from steps.
     *
     * @param steps the steps in order
     * @return the explanation
     */
    public static Explanation of(List<ExplanationStep> steps) {
        return new Explanation(steps);
    }

    /**
     * Returns a new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an explanation with the steps of this one followed by those of {@code other}.
     *
     * @param other the steps to append
     * @return the combined explanation
     */
    public Explanation plus(Explanation other) {
        List<ExplanationStep> all = new ArrayList<>(steps);
        all.addAll(other.steps);
        return new Explanation(all);
    }

    /**
     * Returns the machine-readable warnings of this explanation, in order of first appearance and without repeats:
     * the codes of warning steps (e.g. {@code "atw-decree-days-unknown"}) and, for each step whose rule is not
     * verified, {@code "rule-unverified"} or {@code "rule-secondary"}. An empty list means every rule applied was
     * checked against its official text and nothing the computation needed was unknown.
     *
     * @return the warning codes, possibly empty
     */
    public List<String> warnings() {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        for (ExplanationStep s : steps) {
            codes.addAll(s.warningCodes());
        }
        return List.copyOf(codes);
    }

    /**
     * Returns the warning steps and the steps that applied a rule that is not verified.
     *
     * @return the steps that make the result less than certain, in order
     */
    public List<ExplanationStep> uncertainSteps() {
        List<ExplanationStep> result = new ArrayList<>();
        for (ExplanationStep s : steps) {
            if (!s.warningCodes().isEmpty()) {
                result.add(s);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Renders the steps as numbered lines.
     *
     * @return one line per step
     */
    @Override
    public String toString() {
        return steps.stream().map(ExplanationStep::toString).collect(Collectors.joining("\n"));
    }

    /** Collects steps in order; not thread-safe, use from one thread. */
    public static final class Builder {
        private final List<ExplanationStep> steps = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a step that applies a rule.
         *
         * @param text the sentence
         * @param source the rule's source
         * @return this builder
         */
        public Builder step(String text, LegalSource source) {
            Checks.nonNull(text, "explanation.step");
            Checks.nonNull(source, "explanation.step");
            steps.add(ExplanationStep.of(text, source));
            return this;
        }

        /**
         * Adds a warning step: the result may be wrong or incomplete for the reason given.
         *
         * @param code the machine-readable code, e.g. {@code "atw-decree-days-unknown"}
         * @param text what is not known and what to check
         * @param source the rule concerned
         * @return this builder
         */
        public Builder warning(String code, String text, LegalSource source) {
            // ExplanationStep.warning refuses a null with the same field names
            steps.add(ExplanationStep.warning(code, text, source));
            return this;
        }

        /**
         * Adds a step that states a fact.
         *
         * @param text the sentence
         * @return this builder
         */
        public Builder fact(String text) {
            Checks.nonNull(text, "explanation.fact");
            steps.add(ExplanationStep.fact(text));
            return this;
        }

        /**
         * Adds all steps of another explanation.
         *
         * @param other the explanation
         * @return this builder
         */
        public Builder addAll(Explanation other) {
            Checks.nonNull(other, "explanation.addAll");
            steps.addAll(other.steps());
            return this;
        }

        /**
         * Builds the explanation.
         *
         * @return an immutable explanation of the steps added so far
         */
        public Explanation build() {
            return new Explanation(steps);
        }
    }
}
