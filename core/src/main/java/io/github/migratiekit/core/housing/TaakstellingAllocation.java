package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The taakstelling of one period apportioned over the municipalities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the half year the taakstelling applies to
 * @param announcementDeadline the latest announcement date, three months before the period starts
 * @param populationReferenceDate the reference date of the population figures used
 * @param method the apportionment method's identifier
 * @param total the national number of status holders to be housed
 * @param allocatedSum the sum of the municipal numbers
 * @param difference {@code allocatedSum − total}; non-zero only for a method that does not always sum to the total
 * @param municipalities one line per municipality, sorted by CBS code
 * @param provinces the totals per province, sorted by name
 * @param explanation the steps taken, with sources
 */
public record TaakstellingAllocation(
        TaakstellingPeriod period,
        LocalDate announcementDeadline,
        LocalDate populationReferenceDate,
        String method,
        long total,
        long allocatedSum,
        long difference,
        List<MunicipalTask> municipalities,
        List<ProvinceTotal> provinces,
        Explanation explanation) {

    /**
     * Copies the lists into immutable lists.
     *
     * @param period the half year the taakstelling applies to
     * @param announcementDeadline the latest announcement date, three months before the period starts
     * @param populationReferenceDate the reference date of the population figures used
     * @param method the apportionment method's identifier
     * @param total the national number of status holders to be housed
     * @param allocatedSum the sum of the municipal numbers
     * @param difference {@code allocatedSum − total}; non-zero only for a method that does not always sum to the total
     * @param municipalities one line per municipality, sorted by CBS code
     * @param provinces the totals per province, sorted by name
     * @param explanation the steps taken, with sources
     */
    public TaakstellingAllocation {
        Checks.nonNull(period, "taakstellingAllocation.period");
        Checks.nonNull(announcementDeadline, "taakstellingAllocation.announcementDeadline");
        Checks.nonNull(populationReferenceDate, "taakstellingAllocation.populationReferenceDate");
        Checks.nonNull(method, "taakstellingAllocation.method");
        Checks.nonNull(municipalities, "taakstellingAllocation.municipalities");
        Checks.nonNull(provinces, "taakstellingAllocation.provinces");
        Checks.nonNull(explanation, "taakstellingAllocation.explanation");
        municipalities = List.copyOf(municipalities);
        provinces = List.copyOf(provinces);
    }

    /**
     * Finds the line of a municipality.
     *
     * @param code the CBS code
     * @return the line, or empty
     */
    public Optional<MunicipalTask> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
