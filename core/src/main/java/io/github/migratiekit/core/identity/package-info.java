/**
 * Identifiers of persons in the migration chain: the V-number (vreemdelingennummer) and the citizen service number
 * (burgerservicenummer, BSN, checked with the eleven-test).
 *
 * <p>These are personal data: their {@code toString()} is redacted and no exception message contains them. Use
 * {@code value()} only where the number itself is needed (storage, an exchange with another system).
 */
@NullMarked
package io.github.migratiekit.core.identity;

import org.jspecify.annotations.NullMarked;
