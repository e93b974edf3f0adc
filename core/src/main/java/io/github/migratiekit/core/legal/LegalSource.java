package io.github.migratiekit.core.legal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citation of the legal source of a rule: the instrument, the article (and paragraph), an identifier such as a
 * BWB-id or CELEX number, and the version date of the text that was applied.
 *
 * <p>Immutable and thread-safe. {@link #toString()} and {@link #citation()} give the short human form, e.g. {@code
 * "Algemene termijnenwet art. 3(2) (BWBR0002448, version 2010-10-10)"}.
 *
 * @param instrument the law or regulation, e.g. {@code "Algemene termijnenwet"}; not blank
 * @param article the article and paragraph, e.g. {@code "art. 3(2)"}; may be empty for the instrument as a whole
 * @param identifier the official identifier (BWB-id, CELEX, ECLI, Staatscourant number); may be empty
 * @param versionDate the date of the version of the text that was applied, when known
 * @param note what the encoding relied on, or a caveat such as "article not verified"; may be empty
 * @param verification how sure the encoding is: {@link Verification#VERIFIED} against the official text, only a
 *     {@link Verification#SECONDARY} source, or {@link Verification#UNVERIFIED}; a result that used a rule that is
 *     not verified says so in its explanation
 */
public record LegalSource(
        String instrument,
        String article,
        String identifier,
        Optional<LocalDate> versionDate,
        String note,
        Verification verification) {

    /**
     * Validates the components.
     *
     * @param instrument the law or regulation; not blank
     * @param article the article and paragraph; may be empty
     * @param identifier the official identifier; may be empty
     * @param versionDate the version date of the text applied, when known
     * @param note what the encoding relied on, or a caveat; may be empty
     * @param verification the verification status
     * @throws InvalidInputException if {@code instrument} is blank or a component is null
     */
    public LegalSource {
        Checks.nonNull(instrument, "legalSource.instrument");
        Checks.nonNull(article, "legalSource.article");
        Checks.nonNull(identifier, "legalSource.identifier");
        Checks.nonNull(versionDate, "legalSource.versionDate");
        Checks.nonNull(note, "legalSource.note");
        Checks.nonNull(verification, "legalSource.verification");
        if (instrument.isBlank()) {
            throw new InvalidInputException("legalSource.instrument", "must not be blank");
        }
    }

    /**
     * Creates a source whose verification status is not stated: it is {@link Verification#UNVERIFIED} until a
     * {@link #withVerification(Verification)} copy says otherwise.
     *
     * @param instrument the law or regulation; not blank
     * @param article the article and paragraph; may be empty
     * @param identifier the official identifier; may be empty
     * @param versionDate the version date of the text applied, when known
     * @param note a caveat; may be empty
     * @throws InvalidInputException if {@code instrument} is blank or a component is null
     */
    public LegalSource(
            String instrument, String article, String identifier, Optional<LocalDate> versionDate, String note) {
        this(instrument, article, identifier, versionDate, note, Verification.UNVERIFIED);
    }

    /**
     * Creates a source without a version date or note; its status is {@link Verification#UNVERIFIED} until a {@link
     * #withVerification(Verification, String)} copy says otherwise.
     *
     * @param instrument the law or regulation
     * @param article the article
     * @param identifier the official identifier
     * @return the source
     */
    public static LegalSource of(String instrument, String article, String identifier) {
        return new LegalSource(instrument, article, identifier, Optional.empty(), "");
    }

    /**
     * Creates a source with the version date of the text applied; its status is {@link Verification#UNVERIFIED}
     * until a {@link #withVerification(Verification, String)} copy says otherwise.
     *
     * @param instrument the law or regulation
     * @param article the article
     * @param identifier the official identifier
     * @param versionDate the version date
     * @return the source
     */
    public static LegalSource of(String instrument, String article, String identifier, LocalDate versionDate) {
        Checks.nonNull(instrument, "instrument");
        Checks.nonNull(article, "article");
        Checks.nonNull(identifier, "identifier");
        Checks.nonNull(versionDate, "versionDate");
        return new LegalSource(instrument, article, identifier, Optional.of(versionDate), "");
    }

    /**
     * Returns a copy with a caveat attached.
     *
     * @param note the caveat, e.g. {@code "uncertain: enactment not confirmed"}
     * @return a copy of this source with the note
     */
    public LegalSource withNote(String note) {
        return new LegalSource(instrument, article, identifier, versionDate, note, verification);
    }

    /**
     * Returns a copy with a verification status and what it rests on.
     *
     * @param status the status
     * @param basis what the status rests on (the quote's source for {@code VERIFIED}, the secondary source, or why
     *     it could not be verified); replaces the note
     * @return a copy of this source
     */
    public LegalSource withVerification(Verification status, String basis) {
        return new LegalSource(instrument, article, identifier, versionDate, basis, status);
    }

    /**
     * Returns a copy with a verification status, keeping the note.
     *
     * @param status the status
     * @return a copy of this source
     */
    public LegalSource withVerification(Verification status) {
        return new LegalSource(instrument, article, identifier, versionDate, note, status);
    }

    /**
     * Tells whether the rule was checked against the official text.
     *
     * @return true if {@link #verification()} is {@link Verification#VERIFIED}
     */
    @JsonIgnore
    public boolean isVerified() {
        return verification == Verification.VERIFIED;
    }

    /**
     * Returns a copy citing another article of the same instrument.
     *
     * @param otherArticle the article
     * @return a copy of this source with the article replaced
     */
    public LegalSource withArticle(String otherArticle) {
        return new LegalSource(instrument, otherArticle, identifier, versionDate, note, verification);
    }

    /**
     * Returns the short citation used in explanations.
     *
     * @return e.g. {@code "Algemene termijnenwet art. 3(2) (BWBR0002448, version 2010-10-10)"}; a rule that is not
     *     verified ends with its status and note, e.g. {@code "... [unverified: article not checked]"}; the note of a
     *     verified rule (what the check relied on) is in {@link #note()}, not in the citation
     */
    public String citation() {
        StringBuilder sb = new StringBuilder(shortCitation());
        if (verification != Verification.VERIFIED) {
            sb.append(" [").append(verification.label());
            if (!note.isEmpty()) {
                sb.append(": ").append(note);
            }
            sb.append(']');
        }
        return sb.toString();
    }

    /**
     * Returns the citation without status or note, for error messages.
     *
     * @return e.g. {@code "Vreemdelingenwet 2000 art. 42(4) (BWBR0011823)"}
     */
    public String shortCitation() {
        StringBuilder sb = new StringBuilder(instrument);
        if (!article.isEmpty()) {
            sb.append(' ').append(article);
        }
        if (!identifier.isEmpty() || versionDate.isPresent()) {
            sb.append(" (");
            sb.append(identifier);
            versionDate.ifPresent(d -> sb.append(identifier.isEmpty() ? "" : ", ")
                    .append("version ")
                    .append(d));
            sb.append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return citation();
    }
}
