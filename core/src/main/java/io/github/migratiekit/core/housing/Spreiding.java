package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Distributes asylum reception places over the municipalities under the Spreidingswet (Wet gemeentelijke taak
 * mogelijk maken asielopvangvoorzieningen, in force 1 February 2024): each municipality's share of the national
 * population, corrected for prosperity, with a part of the places for unaccompanied minors.
 *
 * <p>The first cycle was 96 000 places for two years from 1 January 2025, about 8.5 % of them for unaccompanied
 * minors (EW Magazine 2024-02; NH Nieuws). The official key is in a ministerial regulation that was not retrieved:
 * the prosperity correction ({@link ProsperityCorrection}) and the minors' share are parameters.
 *
 * <p>Weights are {@code population × factor}, computed exactly to four decimals of an inhabitant (half-even), then
 * apportioned with the chosen method. Stateless and thread-safe.
 */
public final class Spreiding {
    /** The national number of places of the first cycle (from 1 January 2025, two years). */
    public static final long FIRST_CYCLE_PLACES = 96_000;

    /**
     * The share of each municipality's places for unaccompanied minors in the first cycle, about 8.5 % (EW Magazine,
     * NH Nieuws; not checked against the verdeelbesluit).
     */
    public static final BigDecimal FIRST_CYCLE_MINORS_SHARE = new BigDecimal("0.085");

    private static final int WEIGHT_SCALE = 4;

    private Spreiding() {}

    /**
     * Distributes places with Hamilton's method and the first cycle's minors' share.
     *
     * @param places the national number of places
     * @param registry the municipalities and their inhabitants
     * @param correction the prosperity correction
     * @return the allocation
     * @throws InvalidHousingInputException see {@link #allocate(long, MunicipalityRegistry, ProsperityCorrection,
     *     ApportionmentMethod, BigDecimal)}
     */
    public static SpreidingAllocation allocate(
            long places, MunicipalityRegistry registry, ProsperityCorrection correction) {
        Checks.nonNull(registry, "registry");
        Checks.nonNull(correction, "correction");
        return allocate(places, registry, correction, StandardApportionmentMethod.HAMILTON, FIRST_CYCLE_MINORS_SHARE);
    }

    /**
     * Distributes places.
     *
     * @param places the national number of places; not negative
     * @param registry the municipalities and their inhabitants
     * @param correction the prosperity correction
     * @param method the apportionment method (also used to split the minors' places over the municipalities)
     * @param minorsShare the share of places for unaccompanied minors, from 0 to 1
     * @return the allocation, with per-province totals and an explanation
     * @throws InvalidHousingInputException if the number of places is negative, a factor is negative, the minors'
     *     share is outside [0, 1], or the corrected weights sum to zero
     */
    public static SpreidingAllocation allocate(
            long places,
            MunicipalityRegistry registry,
            ProsperityCorrection correction,
            ApportionmentMethod method,
            BigDecimal minorsShare) {
        Checks.nonNull(registry, "registry");
        Checks.nonNull(correction, "correction");
        Checks.nonNull(method, "method");
        Checks.nonNull(minorsShare, "minorsShare");
        if (places < 0) {
            throw new InvalidHousingInputException("places", "must not be negative, was " + places);
        }
        if (minorsShare.signum() < 0 || minorsShare.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidHousingInputException(
                    "unaccompaniedMinorsShare", "must be between 0 and 1, was " + minorsShare);
        }
        List<Municipality> ms = registry.municipalities();
        List<WeightedKey> items = new ArrayList<>(ms.size());
        List<BigDecimal> factors = new ArrayList<>(ms.size());
        for (Municipality m : ms) {
            BigDecimal f = correction.factor(m);
            if (f.signum() < 0) {
                throw new InvalidHousingInputException("factors[" + m.code() + "]", "must not be negative, was " + f);
            }
            factors.add(f);
            long w;
            try {
                w = BigDecimal.valueOf(m.population())
                        .multiply(f)
                        .movePointRight(WEIGHT_SCALE)
                        .setScale(0, RoundingMode.HALF_EVEN)
                        .longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidHousingInputException("factors[" + m.code() + "]", "too large: " + f);
            }
            items.add(WeightedKey.of(m.code(), w));
        }
        Apportionment a = Apportioner.apportion(places, items, method);
        long minors = new BigDecimal(places)
                .multiply(minorsShare)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        List<WeightedKey> byPlaces = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            byPlaces.add(WeightedKey.of(ms.get(i).code(), a.shares().get(i).allocated()));
        }
        long[] minorsByMunicipality = new long[ms.size()];
        if (a.allocatedSum() > 0) {
            Apportionment am = Apportioner.apportion(minors, byPlaces, method);
            for (int i = 0; i < ms.size(); i++) {
                minorsByMunicipality[i] = am.shares().get(i).allocated();
            }
        }
        List<SpreidingShare> lines = new ArrayList<>(ms.size());
        List<String> provinceOf = new ArrayList<>();
        List<Long> pops = new ArrayList<>();
        List<BigDecimal> quotas = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Municipality m = ms.get(i);
            ApportionedShare s = a.shares().get(i);
            lines.add(new SpreidingShare(
                    m.code(),
                    m.name(),
                    m.provinceName(),
                    m.population(),
                    factors.get(i),
                    s.quota(),
                    s.allocated(),
                    minorsByMunicipality[i]));
            provinceOf.add(m.provinceName());
            pops.add(m.population());
            quotas.add(s.quota());
            allocated.add(s.allocated());
        }
        Explanation.Builder ex = Explanation.builder()
                .step(
                        places + " reception places are distributed over " + ms.size()
                                + " municipalities by their share of the population, corrected for prosperity",
                        HousingSources.SPREIDINGSWET)
                .fact("Population: " + registry.totalPopulation() + " inhabitants on " + registry.referenceDate() + " ("
                        + registry.source() + ")")
                .fact("Prosperity correction: " + correction.description())
                .fact("Rounding: " + method.description())
                .step(
                        minors + " places ("
                                + minorsShare
                                        .movePointRight(2)
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + "%) are for unaccompanied minors, split in proportion to each municipality's places",
                        HousingSources.SPREIDINGSWET);
        if (a.difference() != 0) {
            ex.fact("The rounded shares sum to " + a.allocatedSum() + ", a difference of "
                    + Taakstelling.signed(a.difference()) + " from the national number");
        }
        return new SpreidingAllocation(
                places,
                registry.referenceDate(),
                method.id(),
                correction.description(),
                minorsShare,
                minors,
                a.allocatedSum(),
                a.difference(),
                lines,
                Taakstelling.provinceTotals(provinceOf, pops, quotas, allocated),
                ex.build());
    }
}
