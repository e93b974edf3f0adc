package io.github.migratiekit.statistics.dataset;

import io.github.migratiekit.core.internal.Checks;
import java.util.Optional;

/**
 * Where a dataset's figures come from: the document, the table or figure in it, the page of the original publication,
 * the publisher, the year of publication, the licence, the organisation that supplied the data, and the carrier the
 * figures were actually copied from when that is not the publisher.
 *
 * <p>Pages are the printed page numbers of the original PDF. Where the page of a figure cannot be pinned down (only
 * the pages of its section are known), the page reads {@code "not determined"} followed by what is known, e.g.
 * {@code "not determined (§2.2.4, pp. 41–53)"}; a page is never guessed. Immutable; every bundled dataset has one.
 *
 * @param document the document title, e.g. {@code "De Staat van Migratie 2024"}
 * @param table the table or figure, e.g. {@code "Figuur 66"}
 * @param lines no longer used by bundled datasets (it held line numbers of a private text conversion); kept for
 *     compatibility of the JSON form
 * @param page the page in the original publication: {@code "98"}, {@code "97–98"}, or {@code "not determined (…)"}
 * @param publisher the publisher, e.g. {@code "Ministerie van Justitie en Veiligheid"}
 * @param year the year of publication
 * @param licence the licence or reuse terms
 * @param provider the organisation that supplied the figures (e.g. {@code "IND"}, {@code "CBS"}), if stated
 * @param note remarks on the transcription or the carrier
 * @param carrier where the figures were actually copied from, when that is not the publisher (e.g. a campaign
 *     website's data file that reproduces CBS figures), if so
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
        String note,
        Optional<String> carrier) {

    /**
     * Validates the source.
     *
     * @param document the document title, e.g. {@code "De Staat van Migratie 2024"}
     * @param table the table or figure, e.g. {@code "Figuur 66"}
     * @param lines no longer used by bundled datasets; kept for compatibility of the JSON form
     * @param page the page in the original publication: {@code "98"}, {@code "97–98"}, or {@code "not determined (…)"}
     * @param publisher the publisher, e.g. {@code "Ministerie van Justitie en Veiligheid"}
     * @param year the year of publication
     * @param licence the licence or reuse terms
     * @param provider the organisation that supplied the figures (e.g. {@code "IND"}, {@code "CBS"}), if stated
     * @param note remarks on the transcription or the carrier
     * @param carrier where the figures were actually copied from, when that is not the publisher, if so
     * @throws InvalidDatasetException if the document, table, publisher or licence is blank, the year is not
     *     plausible, or neither lines nor page is given
     */
    public SourceRef {
        Checks.nonNull(document, "sourceRef.document");
        Checks.nonNull(table, "sourceRef.table");
        Checks.nonNull(lines, "sourceRef.lines");
        Checks.nonNull(page, "sourceRef.page");
        Checks.nonNull(publisher, "sourceRef.publisher");
        Checks.nonNull(licence, "sourceRef.licence");
        Checks.nonNull(provider, "sourceRef.provider");
        Checks.nonNull(note, "sourceRef.note");
        Checks.nonNull(carrier, "sourceRef.carrier");
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

    /**
     * Returns a source without a carrier (the figures were taken from the publication itself).
     *
     * @param document the document title
     * @param table the table or figure
     * @param lines no longer used by bundled datasets
     * @param page the page in the original publication
     * @param publisher the publisher
     * @param year the year of publication
     * @param licence the licence or reuse terms
     * @param provider the organisation that supplied the figures, if stated
     * @param note remarks on the transcription
     */
    public SourceRef(
            String document,
            String table,
            Optional<String> lines,
            Optional<String> page,
            String publisher,
            int year,
            String licence,
            Optional<String> provider,
            String note) {
        this(document, table, lines, page, publisher, year, licence, provider, note, Optional.empty());
    }

    /**
     * Returns the page as it is cited: {@code "p. 98"}, {@code "pp. 97–98"}, or {@code "page not determined (…)"}.
     *
     * @return the page citation, or the line range for sources that only have one
     */
    public String pageCitation() {
        if (page.isEmpty()) {
            return lines.orElse("");
        }
        String p = page.get();
        if (p.startsWith("not determined")) {
            return "page " + p;
        }
        if (p.matches("\\d+")) {
            return "p. " + p;
        }
        if (p.matches("\\d+[–-]\\d+")) {
            return "pp. " + p;
        }
        return p;
    }

    /**
     * Returns where in the publication the figures stand: the table or figure and the page.
     *
     * @return e.g. {@code "Figuur 66, p. 98"}
     */
    public String location() {
        String pc = pageCitation();
        return pc.isEmpty() ? table : table + ", " + pc;
    }

    private static void require(String s, String field) {
        if (s.isBlank()) {
            throw new InvalidDatasetException(field, "must not be blank");
        }
    }

    /**
     * Returns a one-line citation.
     *
     * @return e.g. {@code "De Staat van Migratie 2024, Figuur 66, p. 98 (Ministerie van Justitie en Veiligheid, 2024;
     *     data IND)"}
     */
    public String citation() {
        StringBuilder sb = new StringBuilder(document).append(", ").append(location());
        sb.append(" (").append(publisher).append(", ").append(year);
        provider.ifPresent(p -> sb.append("; data ").append(p));
        carrier.ifPresent(c -> sb.append("; copied from ").append(c));
        return sb.append(')').toString();
    }
}
