package io.github.migratiekit.core.legal;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of a rule catalogue: a rule Migratiekit applies, with its validity, its source and how sure the encoding
 * is. Each module lists its rules (e.g. {@code io.github.migratiekit.core.time.TimeRules#catalogue()}); the
 * {@code migratiekit rules} command and the generated {@code docs/rules.md} show them all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module the module that applies the rule, e.g. {@code "core"}
 * @param group what kind of rule, e.g. {@code "term"}, {@code "extension"}, {@code "holiday"}
 * @param id a stable identifier within the group, e.g. {@code "asylum"} or {@code "VW_42_4"}
 * @param description what the rule says, in a few words (e.g. {@code "asylum decision period: P6M"})
 * @param validFrom the first day the rule applies to, when it is dated
 * @param validTo the last day the rule applies to, when it has ended
 * @param source the source, with its {@link Verification} status and note
 */
public record RuleEntry(
        String module,
        String group,
        String id,
        String description,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo,
        LegalSource source) {

    /**
     * Validates the components.
     *
     * @param module the module
     * @param group the kind of rule
     * @param id the identifier
     * @param description what the rule says
     * @param validFrom the first day, when dated
     * @param validTo the last day, when ended
     * @param source the source
     * @throws InvalidInputException if a component is null or a text is blank
     */
    public RuleEntry {
        Checks.nonNull(module, "ruleEntry.module");
        Checks.nonNull(group, "ruleEntry.group");
        Checks.nonNull(id, "ruleEntry.id");
        Checks.nonNull(description, "ruleEntry.description");
        Checks.nonNull(validFrom, "ruleEntry.validFrom");
        Checks.nonNull(validTo, "ruleEntry.validTo");
        Checks.nonNull(source, "ruleEntry.source");
        if (module.isBlank()) {
            throw new InvalidInputException("ruleEntry.module", "must not be blank");
        }
        if (group.isBlank()) {
            throw new InvalidInputException("ruleEntry.group", "must not be blank");
        }
        if (id.isBlank()) {
            throw new InvalidInputException("ruleEntry.id", "must not be blank");
        }
        if (description.isBlank()) {
            throw new InvalidInputException("ruleEntry.description", "must not be blank");
        }
    }

    /**
     * Returns how sure the encoding of this rule is.
     *
     * @return the source's verification status
     */
    public Verification verification() {
        return source.verification();
    }
}
