package io.github.migratiekit.examples.cli;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.housing.MunicipalityRegistry;
import io.github.migratiekit.core.housing.ProvinceTotal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the {@code taakstelling} and {@code spreiding} commands. */
final class HousingCli {
    private HousingCli() {}

    static String readFile(String option, String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    option, "cannot read '" + file + "': " + e.getClass().getSimpleName());
        }
    }

    static MunicipalityRegistry registry(@Nullable String populationFile) {
        if (populationFile == null) {
            return MunicipalityRegistry.cbs2024();
        }
        return MunicipalityRegistry.parseCsv(readFile("--population", populationFile), "user table " + populationFile);
    }

    static long nonNegative(String option, long value) {
        if (value < 0) {
            throw new InvalidInputException(option, "must not be negative, was " + value);
        }
        return value;
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
