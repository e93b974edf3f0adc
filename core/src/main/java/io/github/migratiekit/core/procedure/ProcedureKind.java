package io.github.migratiekit.core.procedure;

import io.github.migratiekit.core.legal.LegalSource;

/** The kinds of procedure Migratiekit runs as state machines. */
public enum ProcedureKind {
    /** Asylum procedure (asielprocedure), Vw 2000 art. 28 ff. */
    ASYLUM("asielprocedure", ProcedureSources.VW.withArticle("art. 28-43")),
    /** Border asylum procedure (grensprocedure), in border detention; never for unaccompanied minors. */
    BORDER_ASYLUM("grensprocedure asiel", ProcedureSources.APD_43_2),
    /** Family reunification of asylum status holders (nareis). */
    NAREIS("nareis", ProcedureSources.VW_29_2),
    /** Regular residence application (reguliere procedure), Vw 2000 art. 14 ff. */
    REGULAR("reguliere procedure", ProcedureSources.VW.withArticle("art. 14-25")),
    /** Naturalisation (naturalisatie), Rijkswet op het Nederlanderschap. */
    NATURALISATION("naturalisatie", ProcedureSources.RWN),
    /** Return decision, departure period, entry ban and departure (terugkeer en vertrek), Vw 2000 art. 61–66a. */
    DEPARTURE("terugkeer en vertrek", ProcedureSources.VW.withArticle("art. 61-66a"));

    private final String dutchLabel;
    private final LegalSource source;

    ProcedureKind(String dutchLabel, LegalSource source) {
        this.dutchLabel = dutchLabel;
        this.source = source;
    }

    /**
     * Returns the Dutch label.
     *
     * @return e.g. {@code "asielprocedure"}
     */
    public String dutchLabel() {
        return dutchLabel;
    }

    /**
     * Returns the legal basis.
     *
     * @return the source
     */
    public LegalSource source() {
        return source;
    }
}
