package org.example.modular;

import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.legal.Sources;
import io.github.migratiekit.core.time.Deadline;
import io.github.migratiekit.core.time.DeadlineCalculus;
import io.github.migratiekit.core.time.DeadlineRequest;
import io.github.migratiekit.core.time.Deadlines;
import io.github.migratiekit.core.time.ProcedureTerms;
import io.github.migratiekit.eurules.schengen.ControlResult;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.Stay;
import io.github.migratiekit.eurules.schengen.TravelHistory;
import io.github.migratiekit.statistics.analysis.GrantRate;
import io.github.migratiekit.statistics.analysis.GrantRateDefinition;
import io.github.migratiekit.statistics.analysis.GrantRates;
import io.github.migratiekit.statistics.dataset.Catalogue;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A user's code that touches each library module, including the generated {@code DeadlineRequest} builder. */
public final class CaseDesk {
    private CaseDesk() {}

    /**
     * The decision period of an asylum application from the bundled, dated procedure terms.
     *
     * @param lodged the day the application was lodged
     * @return the deadline with its explanation
     */
    public static Deadline asylumDecision(LocalDate lodged) {
        return ProcedureTerms.standard().deadline("asylum", lodged, List.of(), List.of());
    }

    /**
     * A Dublin transfer period of six months from an acceptance, built with the generated builder.
     *
     * @param accepted the day of the acceptance
     * @return the deadline
     */
    public static Deadline transferPeriod(LocalDate accepted) {
        return Deadlines.compute(DeadlineRequest.builder()
                .label("Dublin transfer period")
                .start(accepted)
                .term(Period.ofMonths(6))
                .termSource(Sources.DUBLIN_III.withArticle("art. 29(1)"))
                .calculus(DeadlineCalculus.DUBLIN_ART_42)
                .build());
    }

    /**
     * The short-stay control of one traveller.
     *
     * @param stays the stays, each as {entry, exit}
     * @param on the day of the control
     * @return the control result
     */
    public static ControlResult control(List<LocalDate[]> stays, LocalDate on) {
        TravelHistory h = TravelHistory.of(
                stays.stream().map(s -> Stay.of(s[0], s[1])).toList());
        return ShortStayCalculator.standard().control(h, on);
    }

    /**
     * The asylum grant rate of a year.
     *
     * @param year the year
     * @param definition the definition
     * @return the grant rate
     */
    public static GrantRate grantRate(int year, GrantRateDefinition definition) {
        return GrantRates.forYear(Catalogue.standard(), year, definition);
    }

    /**
     * Writes a value as JSON with every Migratiekit module registered.
     *
     * @param value the value
     * @return its JSON
     */
    public static String json(Object value) {
        return Json.write(value);
    }

    /**
     * Reads a deadline from JSON.
     *
     * @param json the JSON
     * @return the deadline
     */
    public static Deadline readDeadline(String json) {
        return Json.read(json, Deadline.class);
    }
}
