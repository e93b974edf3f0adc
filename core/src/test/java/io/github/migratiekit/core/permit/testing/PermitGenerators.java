package io.github.migratiekit.core.permit.testing;

import io.github.migratiekit.core.identity.testing.IdentityGenerators;
import io.github.migratiekit.core.permit.Mvv;
import io.github.migratiekit.core.permit.PermitKind;
import io.github.migratiekit.core.permit.ResidencePermit;
import io.github.migratiekit.core.permit.ShortStayVisa;
import io.github.migratiekit.core.permit.StayPurpose;
import io.github.migratiekit.core.permit.VisaEntries;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/** QuickTheories generators for permits, visas and mvvs. */
public final class PermitGenerators {
    private PermitGenerators() {}

    /**
     * Days from 2000-01-01 to 2040-12-31.
     *
     * @return the generator
     */
    public static Gen<LocalDate> dates() {
        return Generate.range(0, 14_975).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
    }

    /**
     * The kinds a residence permit can have.
     *
     * @return the generator
     */
    public static Gen<PermitKind> residenceKinds() {
        return Generate.pick(Arrays.stream(PermitKind.values())
                .filter(PermitKind::isResidenceDocument)
                .toList());
    }

    /**
     * Valid residence permits of any residence kind, with a purpose that fits the kind and a validity within the
     * kind's maximum.
     *
     * @return the generator
     */
    public static Gen<ResidencePermit> residencePermits() {
        return residenceKinds().flatMap(PermitGenerators::residencePermits);
    }

    /**
     * Valid residence permits of one kind.
     *
     * @param kind the kind; must be a residence document
     * @return the generator
     */
    public static Gen<ResidencePermit> residencePermits(PermitKind kind) {
        List<StayPurpose> fitting = Arrays.stream(StayPurpose.values())
                .filter(p -> p.isAsylumGround() == kind.isAsylum())
                .toList();
        Gen<Optional<StayPurpose>> purpose = Generate.pick(fitting)
                .toOptionals(kind == PermitKind.REGULAR_FIXED_TERM || kind == PermitKind.ASYLUM_FIXED_TERM ? 0 : 40);
        Gen<LocalDateRange> validity = dates().zip(Generate.range(0, 1824), Generate.booleans(), (start, len, open) -> {
            if (open && kind.isOpenEnded()) {
                return LocalDateRange.ofUnboundedEnd(start);
            }
            LocalDate end = start.plusDays(len);
            LocalDate max = kind.maximumValidity().map(start::plus).orElse(end);
            return LocalDateRange.ofClosed(start, end.isAfter(max) ? max : end);
        });
        Gen<Optional<String>> docNumber = Generate.longRange(100_000_000L, 999_999_999L)
                .map(n -> "NL" + n)
                .toOptionals(50);
        return purpose.zip(
                        validity,
                        IdentityGenerators.vNumbers(),
                        IdentityGenerators.bsns().toOptionals(50),
                        (p, v, holder, bsn) -> new ResidencePermit(kind, p, v, holder, bsn, Optional.empty()))
                .zip(
                        docNumber,
                        (rp, doc) -> new ResidencePermit(
                                rp.kind(), rp.purpose(), rp.validity(), rp.holder(), rp.bsn(), doc));
    }

    /**
     * Valid short-stay visas.
     *
     * @return the generator
     */
    public static Gen<ShortStayVisa> shortStayVisas() {
        return dates().zip(
                        Generate.range(1, 1825),
                        Generate.range(1, 90),
                        Generate.enumValues(VisaEntries.class),
                        (start, len, days, entries) -> ShortStayVisa.of(
                                LocalDateRange.ofClosed(start, start.plusDays(Math.max(len, days) - 1)),
                                days,
                                entries));
    }

    /**
     * Valid mvvs, collected or not.
     *
     * @return the generator
     */
    public static Gen<Mvv> mvvs() {
        return dates().zip(
                        Generate.range(0, 120).toOptionals(40),
                        Generate.enumValues(StayPurpose.class).toOptionals(20),
                        Generate.booleans(),
                        (notified, after, purpose, nareis) ->
                                new Mvv(notified, after.map(notified::plusDays), purpose, nareis));
    }
}
