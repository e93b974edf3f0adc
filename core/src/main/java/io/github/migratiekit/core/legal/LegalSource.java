package io.github.migratiekit.core.legal;

import io.github.migratiekit.core.InvalidInputException;
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
 * @param note a caveat such as "uncertain: verify against the official text"; may be empty
 */
public record LegalSource(
        String instrument, String article, String identifier, Optional<LocalDate> versionDate, String note) {

    /**
     * Validates the components.
     *
     * @param instrument the law or regulation; not blank
     * @param article the article and paragraph; may be empty
     * @param identifier the official identifier; may be empty
     * @param versionDate the version date of the text applied, when known
     * @param note a caveat; may be empty
     * @throws InvalidInputException if {@code instrument} is blank
     */
    public LegalSource {
        if (instrument.isBlank()) {
            throw new InvalidInputException("legalSource.instrument", "must not be blank");
        }
    }

    /**
     * Creates a source without a version date or note.
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
     * Creates a source with the version date of the text applied.
     *
     * @param instrument the law or regulation
     * @param article the article
     * @param identifier the official identifier
     * @param versionDate the version date
     * @return the source
     */
    public static LegalSource of(String instrument, String article, String identifier, LocalDate versionDate) {
        return new LegalSource(instrument, article, identifier, Optional.of(versionDate), "");
    }

    /**
     * Returns a copy with a caveat attached.
     *
     * @param note the caveat, e.g. {@code "uncertain: enactment not confirmed"}
     * @return a copy of this source with the note
     */
    public LegalSource withNote(String note) {
        return new LegalSource(instrument, article, identifier, versionDate, note);
    }

    /**
     * Returns a copy citing another article of the same instrument.
     *
     * @param otherArticle the article
     * @return a copy of this source with the article replaced
     */
    public LegalSource withArticle(String otherArticle) {
        return new LegalSource(instrument, otherArticle, identifier, versionDate, note);
    }

    /**
     * Returns the short citation used in explanations.
     *
     * @return e.g. {@code "Algemene termijnenwet art. 3(2) (BWBR0002448, version 2010-10-10)"}
     */
    public String citation() {
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
        if (!note.isEmpty()) {
            sb.append(" [").append(note).append(']');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return citation();
    }
}
