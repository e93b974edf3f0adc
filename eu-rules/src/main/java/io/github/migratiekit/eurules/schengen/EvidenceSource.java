package io.github.migratiekit.eurules.schengen;

/**
 * Where the dates of a stay come from.
 *
 * <p>During the transitional period of the Entry/Exit System, a passport stamp prevails over a conflicting EES record
 * (Reg. (EU) 2017/2226 art. 22); the calculator itself counts both kinds the same way.
 */
public enum EvidenceSource {
    /** Entry and exit stamps in the travel document (Schengen Borders Code art. 11). */
    STAMP,
    /** An entry/exit record in the Entry/Exit System (Reg. (EU) 2017/2226). */
    EES_RECORD,
    /** Dates stated by the traveller or another source without official evidence. */
    DECLARED
}
