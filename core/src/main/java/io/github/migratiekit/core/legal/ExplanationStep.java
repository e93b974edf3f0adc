package io.github.migratiekit.core.legal;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.util.Optional;

/**
 * One step of an {@link Explanation}: a plain-language sentence, where the step applies a rule its source, and where
 * the step warns that the answer is uncertain a machine-readable warning code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text what happened in this step, e.g. {@code "2023-04-07 is Goede Vrijdag; moved to 2023-04-11"}
 * @param source the rule applied, or empty for a step that states a fact of the case
 * @param warning a stable, machine-readable code when this step warns that the result may be wrong or incomplete
 *     (e.g. {@code "atw-decree-days-unknown"}), or empty
 */
public record ExplanationStep(String text, Optional<LegalSource> source, Optional<String> warning) {

    /**
     * Validates the components.
     *
     * @param text the sentence; not blank
     * @param source the rule applied, or empty
     * @param warning the warning code, or empty; when present, lower-case letters, digits and hyphens
     * @throws InvalidInputException if a component is null, the text is blank or the warning code is malformed
     */
    public ExplanationStep {
        Checks.nonNull(text, "explanationStep.text");
        Checks.nonNull(source, "explanationStep.source");
        Checks.nonNull(warning, "explanationStep.warning");
        if (text.isBlank()) {
            throw new InvalidInputException("explanationStep.text", "must not be blank");
        }
        if (warning.isPresent() && !warning.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidInputException(
                    "explanationStep.warning", "must be lower-case words joined by hyphens, e.g. rule-unverified");
        }
    }

    /**
     * Creates a step without a warning.
     *
     * @param text the sentence
     * @param source the rule applied, or empty
     */
    public ExplanationStep(String text, Optional<LegalSource> source) {
        this(text, source, Optional.empty());
    }

    /**
     * A step that applies a rule.
     *
     * @param text the sentence
     * @param source the rule's source
     * @return the step
     */
    public static ExplanationStep of(String text, LegalSource source) {
        Checks.nonNull(text, "text");
        Checks.nonNull(source, "source");
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

    /**
     * A step that warns that the result may be wrong or incomplete, with the rule concerned.
     *
     * @param code the machine-readable code, e.g. {@code "atw-decree-days-unknown"}
     * @param text the sentence, saying what is not known and what the user should check
     * @param source the rule concerned
     * @return the step
     */
    public static ExplanationStep warning(String code, String text, LegalSource source) {
        Checks.nonNull(code, "code");
        Checks.nonNull(text, "text");
        Checks.nonNull(source, "source");
        return new ExplanationStep(text, Optional.of(source), Optional.of(code));
    }

    /**
     * The warning codes this step raises: its own code, and the code of its source's status when the source is not
     * verified.
     *
     * @return the codes, possibly empty
     */
    java.util.List<String> warningCodes() {
        java.util.List<String> codes = new java.util.ArrayList<>(2);
        warning.ifPresent(codes::add);
        source.ifPresent(s -> {
            if (!s.isVerified()) {
                codes.add(s.verification().warningCode());
            }
        });
        return codes;
    }

    @Override
    public String toString() {
        String prefix = warning.map(w -> "WARNING (" + w + "): ").orElse("");
        return prefix + source.map(s -> text + " (" + s.citation() + ")").orElse(text);
    }
}
