package io.github.migratiekit.core.housing;

import io.github.migratiekit.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * A municipality (gemeente) as it stood on a registry's reference date: its CBS code, official CBS name, province and
 * registered number of inhabitants.
 *
 * <p>Immutable and thread-safe. Municipal mergers change the list every year; a municipality is only meaningful
 * within the {@link MunicipalityRegistry} of one reference date.
 *
 * @param code the CBS code, {@code GM} followed by four digits, e.g. {@code "GM0363"}
 * @param name the official CBS name, e.g. {@code "Amsterdam"}, {@code "'s-Gravenhage"}; not blank
 * @param provinceCode the CBS province code, e.g. {@code "PV27"}; not blank
 * @param provinceName the CBS province name, e.g. {@code "Noord-Holland"}; not blank
 * @param population the registered inhabitants on the reference date; not negative
 */
public record Municipality(String code, String name, String provinceCode, String provinceName, long population) {
    private static final Pattern CODE = Pattern.compile("GM\\d{4}");

    /**
     * Validates the components.
     *
     * @param code the CBS code, {@code GM} followed by four digits, e.g. {@code "GM0363"}
     * @param name the official CBS name, e.g. {@code "Amsterdam"}, {@code "'s-Gravenhage"}; not blank
     * @param provinceCode the CBS province code, e.g. {@code "PV27"}; not blank
     * @param provinceName the CBS province name, e.g. {@code "Noord-Holland"}; not blank
     * @param population the registered inhabitants on the reference date; not negative
     * @throws InvalidHousingInputException if the code is not {@code GMdddd}, a name is blank or the population is
     *     negative
     */
    public Municipality {
        Checks.nonNull(code, "municipality.code");
        Checks.nonNull(name, "municipality.name");
        Checks.nonNull(provinceCode, "municipality.provinceCode");
        Checks.nonNull(provinceName, "municipality.provinceName");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidHousingInputException(
                    "municipality.code", "must be a CBS code GM followed by four digits, was '" + code + "'");
        }
        if (name.isBlank()) {
            throw new InvalidHousingInputException("municipality.name", "must not be blank (" + code + ")");
        }
        if (provinceCode.isBlank() || provinceName.isBlank()) {
            throw new InvalidHousingInputException("municipality.province", "must not be blank (" + code + ")");
        }
        if (population < 0) {
            throw new InvalidHousingInputException(
                    "municipality.population", "must not be negative (" + code + ": " + population + ")");
        }
    }

    /**
     * Creates a municipality.
     *
     * @param code the CBS code
     * @param name the name
     * @param provinceCode the CBS province code
     * @param provinceName the province name
     * @param population the inhabitants
     * @return the municipality
     * @throws InvalidHousingInputException if a component is invalid
     */
    public static Municipality of(String code, String name, String provinceCode, String provinceName, long population) {
        return new Municipality(code, name, provinceCode, provinceName, population);
    }

    /**
     * Returns whether a text is a well-formed CBS municipality code.
     *
     * @param code the text
     * @return true for {@code GM} followed by four digits
     */
    public static boolean isCode(String code) {
        Checks.nonNull(code, "municipality");
        return CODE.matcher(code).matches();
    }
}
