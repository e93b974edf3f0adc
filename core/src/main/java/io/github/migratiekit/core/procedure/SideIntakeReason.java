package io.github.migratiekit.core.procedure;

/** Why a decided asylum case is taken up again (zij-instroom, De Staat van Migratie 2024 L2299, L2314). */
public enum SideIntakeReason {
    /** The Dublin transfer failed (e.g. the transfer period expired): the Netherlands becomes responsible. */
    DUBLIN_TRANSFER_FAILED,
    /** A court upheld the appeal (gegrond beroep): the IND must decide again. */
    APPEAL_UPHELD
}
