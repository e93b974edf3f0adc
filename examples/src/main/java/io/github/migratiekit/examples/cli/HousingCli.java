package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProvinceTotal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers shared by the {@code taakstelling} and {@code spreiding} commands. */
final class HousingCli {
    private HousingCli() {}

    /**
     * Reads a CSV file named by an option, with the limits of {@link InputFiles#CSV}.
     *
     * @param option the option
     * @param file the file name as typed
     * @return the text, without a byte-order mark
     */
    static String readFile(String option, String file) {
        return InputFiles.text(option, file, InputFiles.CSV);
    }

    /**
     * The population table: the bundled CBS 2024 table, or the CSV named by {@code --population}.
     *
     * @param populationFile the file as typed, or {@code null}
     * @return the registry
     * @throws OptionException naming {@code --population} and the file if it cannot be read or is not a valid table
     */
    static MunicipalityRegistry registry(@Nullable String populationFile) {
        if (populationFile == null) {
            return MunicipalityRegistry.cbs2024();
        }
        String text = readFile("--population", populationFile);
        try {
            return MunicipalityRegistry.parseCsv(text, "user table " + populationFile);
        } catch (ArithmeticException e) {
            throw new OptionException(
                    "--population",
                    populationFile,
                    "the populations add up to more than " + Long.MAX_VALUE + ", the largest total that can be used",
                    e);
        } catch (RuntimeException e) {
            throw Cli.blame("--population", populationFile, e, true);
        }
    }

    /**
     * Checks that a number option is not negative.
     *
     * @param spec the command, for the value as typed
     * @param option the option
     * @param value the value
     * @return the value
     * @throws OptionException naming the option and the value as typed if it is negative
     */
    static long nonNegative(CommandSpec spec, String option, long value) {
        if (value < 0) {
            throw new OptionException(option, Cli.typed(spec, option, String.valueOf(value)), "must not be negative");
        }
        return value;
    }

    /**
     * Runs an apportionment and pins a failure to the option that caused it: when the same computation also fails
     * for a total of one, the table is at fault ({@code tableOption}), otherwise the total ({@code totalOption}).
     *
     * @param spec the command, for the values as typed
     * @param totalOption the option of the total, e.g. {@code --total}
     * @param total the total
     * @param tableOption the option of the table that may be at fault, or {@code null} when the table is bundled
     * @param tableFile the file as typed, or {@code null}
     * @param allocate the apportionment for a given total
     * @param <T> the result
     * @return the result
     */
    static <T> T apportion(
            CommandSpec spec,
            String totalOption,
            long total,
            @Nullable String tableOption,
            @Nullable String tableFile,
            LongFunction<T> allocate) {
        try {
            return allocate.apply(total);
        } catch (RuntimeException e) {
            if (tableOption != null && tableFile != null && total != 1) {
                try {
                    var unused = allocate.apply(1);
                } catch (RuntimeException withOne) {
                    throw Cli.blame(tableOption, tableFile, withOne, true);
                }
            }
            String typed = Cli.typed(spec, totalOption, String.valueOf(total));
            if (e instanceof ArithmeticException) {
                throw new OptionException(
                        totalOption,
                        typed,
                        "too large to apportion: the total times a municipality's population exceeds " + Long.MAX_VALUE,
                        e);
            }
            throw Cli.blame(totalOption, typed, e, false);
        }
    }

    static List<Map<String, Object>> provincesJson(List<ProvinceTotal> provinces) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProvinceTotal p : provinces) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("province", p.province());
            m.put("municipalities", p.municipalities());
            m.put("population", p.population());
            m.put("quota", p.quota());
            m.put("allocated", p.allocated());
            out.add(m);
        }
        return out;
    }
}
