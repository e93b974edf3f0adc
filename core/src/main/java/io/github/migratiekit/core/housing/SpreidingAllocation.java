package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reception places under the Spreidingswet apportioned over the municipalities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param places the national number of reception places
 * @param populationReferenceDate the reference date of the population figures
 * @param method the apportionment method's identifier
 * @param prosperityCorrection the description of the prosperity correction applied
 * @param unaccompaniedMinorsShare the share of places for unaccompanied minors, e.g. 0.085
 * @param unaccompaniedMinors the national number of places for unaccompanied minors
 * @param allocatedSum the sum of the municipal numbers
 * @param difference {@code allocatedSum − places}; non-zero only for plain rounding
 * @param municipalities one line per municipality, sorted by CBS code
 * @param provinces totals per province, sorted by name
 * @param explanation the steps taken, with sources
 */
public record SpreidingAllocation(
        long places,
        LocalDate populationReferenceDate,
        String method,
        String prosperityCorrection,
        BigDecimal unaccompaniedMinorsShare,
        long unaccompaniedMinors,
        long allocatedSum,
        long difference,
        List<SpreidingShare> municipalities,
        List<ProvinceTotal> provinces,
        Explanation explanation) {

    /**
     * Copies the lists into immutable lists.
     *
     * @param places the national number of reception places
     * @param populationReferenceDate the reference date of the population figures
     * @param method the apportionment method's identifier
     * @param prosperityCorrection the description of the prosperity correction applied
     * @param unaccompaniedMinorsShare the share of places for unaccompanied minors, e.g. 0.085
     * @param unaccompaniedMinors the national number of places for unaccompanied minors
     * @param allocatedSum the sum of the municipal numbers
     * @param difference {@code allocatedSum − places}; non-zero only for plain rounding
     * @param municipalities one line per municipality, sorted by CBS code
     * @param provinces totals per province, sorted by name
     * @param explanation the steps taken, with sources
     */
    public SpreidingAllocation {
        Checks.nonNull(populationReferenceDate, "spreidingAllocation.populationReferenceDate");
        Checks.nonNull(method, "spreidingAllocation.method");
        Checks.nonNull(prosperityCorrection, "spreidingAllocation.prosperityCorrection");
        Checks.nonNull(unaccompaniedMinorsShare, "spreidingAllocation.unaccompaniedMinorsShare");
        Checks.nonNull(municipalities, "spreidingAllocation.municipalities");
        Checks.nonNull(provinces, "spreidingAllocation.provinces");
        Checks.nonNull(explanation, "spreidingAllocation.explanation");
        municipalities = List.copyOf(municipalities);
        provinces = List.copyOf(provinces);
    }

    /**
     * Finds the line of a municipality.
     *
     * @param code the CBS code
     * @return the line, or empty
     */
    public Optional<SpreidingShare> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
