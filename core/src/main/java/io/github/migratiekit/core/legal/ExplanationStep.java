package io.github.migratiekit.core.legal;

import java.util.Optional;

/**
 * One step of an {@link Explanation}: a plain-language sentence and, where the step applies a rule, its source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text what happened in this step, e.g. {@code "2023-04-07 is Goede Vrijdag; moved to 2023-04-11"}
 * @param source the rule applied, or empty for a step that states a fact of the case
 */
public record ExplanationStep(String text, Optional<LegalSource> source) {

    /**
     * A step that applies a rule.
     *
     * @param text the sentence
     * @param source the rule's source
     * @return the step
     */
    public static ExplanationStep of(String text, LegalSource source) {
        return new ExplanationStep(text, Optional.of(source));
    }

    /**
     * A step that states a fact of the case.
     *
     * @param text the sentence
     * @return the step
     */
    public static ExplanationStep fact(String text) {
        return new ExplanationStep(text, Optional.empty());
    }

    @Override
    public String toString() {
        return source.map(s -> text + " (" + s.citation() + ")").orElse(text);
    }
}
