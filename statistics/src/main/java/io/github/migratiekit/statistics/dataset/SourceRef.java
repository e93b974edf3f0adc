package io.github.migratiekit.statistics.dataset;

import java.util.Optional;

/**
 * Where a dataset's figures come from: the document, the table or figure in it, the line range (in the plain-text
 * seed) or page, the publisher, the year of publication, the licence, and the organisation that supplied the data.
 *
 * <p>Immutable; every bundled dataset has one.
 *
 * @param document the document title, e.g. {@code "De Staat van Migratie 2024"}
 * @param table the table or figure, e.g. {@code "Figuur 66"}
 * @param lines the line range in the seed text, e.g. {@code "L2273–L2287"}, if known
 * @param page the page, if known
 * @param publisher the publisher, e.g. {@code "Ministerie van Justitie en Veiligheid"}
 * @param year the year of publication
 * @param licence the licence or reuse terms
 * @param provider the organisation that supplied the figures (e.g. {@code "IND"}, {@code "CBS"}), if stated
 * @param note remarks on the transcription or the carrier
 */
public record SourceRef(
        String document,
        String table,
        Optional<String> lines,
        Optional<String> page,
        String publisher,
        int year,
        String licence,
        Optional<String> provider,
        String note) {

    /**
     * Validates the source.
     *
     * @param document the document title, e.g. {@code "De Staat van Migratie 2024"}
     * @param table the table or figure, e.g. {@code "Figuur 66"}
     * @param lines the line range in the seed text, e.g. {@code "L2273–L2287"}, if known
     * @param page the page, if known
     * @param publisher the publisher, e.g. {@code "Ministerie van Justitie en Veiligheid"}
     * @param year the year of publication
     * @param licence the licence or reuse terms
     * @param provider the organisation that supplied the figures (e.g. {@code "IND"}, {@code "CBS"}), if stated
     * @param note remarks on the transcription or the carrier
     * @throws InvalidDatasetException if the document, table, publisher or licence is blank, the year is not
     *     plausible, or neither lines nor page is given
     */
    public SourceRef {
        require(document, "source.document");
        require(table, "source.table");
        require(publisher, "source.publisher");
        require(licence, "source.licence");
        if (year < 1900 || year > 2100) {
            throw new InvalidDatasetException("source.year", "not a plausible publication year: " + year);
        }
        if (lines.isEmpty() && page.isEmpty()) {
            throw new InvalidDatasetException("source.lines", "give a line range or a page");
        }
    }

    private static void require(String s, String field) {
        if (s.isBlank()) {
            throw new InvalidDatasetException(field, "must not be blank");
        }
    }

    /**
     * Returns a one-line citation.
     *
     * @return e.g. {@code "De Staat van Migratie 2024, Figuur 66, L2273–L2287 (Ministerie van Justitie en Veiligheid,
     *     2024; data IND)"}
     */
    public String citation() {
        StringBuilder sb = new StringBuilder(document).append(", ").append(table);
        lines.ifPresent(l -> sb.append(", ").append(l));
        page.ifPresent(p -> sb.append(", p. ").append(p));
        sb.append(" (").append(publisher).append(", ").append(year);
        provider.ifPresent(p -> sb.append("; data ").append(p));
        return sb.append(')').toString();
    }
}
