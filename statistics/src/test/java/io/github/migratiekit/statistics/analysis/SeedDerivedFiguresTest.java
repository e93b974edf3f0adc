package io.github.migratiekit.statistics.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.statistics.dataset.Catalogue;
import io.github.migratiekit.statistics.dataset.Dataset;
import io.github.migratiekit.statistics.dataset.Observation;
import io.github.migratiekit.statistics.dataset.StatPeriod;
import io.github.migratiekit.statistics.dataset.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every derived figure below is quoted in a seed document; the library recomputes it from the bundled tables and the
 * printed figure must lie within the document's rounding (whole percentage points unless stated). The oracle is the
 * printed number, typed in here from the line named in the comment.
 */
class SeedDerivedFiguresTest {
    private final Catalogue cat = Catalogue.standard();

    /** Asserts that a computed percentage rounds to the printed whole number (the document rounds half up). */
    private static void printedAs(Derived computed, double printed) {
        assertThat(computed.value()).as(computed.formula()).isBetween(printed - 0.5, printed + 0.5);
    }

    private Value v(String dataset, Map<String, String> sel) {
        return cat.get(dataset).get(sel).value();
    }

    @Test
    void nationalGrantRateOfFirstAsylumApplications() {
        // Staat van Migratie 2024, L2275 and L1952: 14.040 / 25.860 = 54% (2023); L2274: 69% (2022)
        printedAs(GrantRates.forYear(cat, 2023, GrantRateDefinition.NATIONAL).rate(), 54);
        printedAs(GrantRates.forYear(cat, 2022, GrantRateDefinition.NATIONAL).rate(), 69);
        // the EU definition leaves Dublin decisions out, but Figuur 66 counts them among the 10 830 rejections
        // ("afwijzing"; most rejected Syrian applications were Dublin claimants, §4.3.4), and 'Overig' (990) is
        // not the Dublin column: the rate is refused, not approximated
        GrantRateResult eu = GrantRates.evaluate(cat, 2023, GrantRateDefinition.EUROSTAT);
        assertThat(eu).isInstanceOf(GrantRateResult.NotComputable.class);
        GrantRateResult.NotComputable nc = (GrantRateResult.NotComputable) eu;
        assertThat(nc.reason()).contains("Dublin").contains("rejections");
        assertThat(nc.datasetId()).isEqualTo(GrantRates.NATIONAL_DECISIONS);
        assertThat(nc.explanation().steps()).hasSizeGreaterThanOrEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> GrantRates.forYear(cat, 2023, GrantRateDefinition.EUROSTAT))
                .isInstanceOf(GrantRateNotComputableException.class)
                .hasMessageContaining("not computable for 2023");
    }

    @Test
    void euFirstInstanceGrantRate() {
        // L1959: "Het inwilligingspercentage in de hele EU was 53%", rejection rate 47%
        String d = "svm2024-fig46-47-eu-decisions";
        Derived rate = GrantRates.eurostat(
                v(d, Map.of("stage", "first_instance", "outcome", "positive")), Value.exact(673215 - 357120));
        printedAs(rate, 53);
        printedAs(new Derived(100 - rate.value(), rate.range(), "100 − rate"), 47);
    }

    @Test
    void asylumInflowChanges() {
        // L2045 and L2049: total +3%, first applications +8%, subsequent −9%, nareizigers −7%, resettlement −41%
        Dataset d = cat.get("svm2024-fig51-asylum-inflow");
        StatPeriod y2023 = StatPeriod.year(2023);
        String[] types = {"total", "first_application", "subsequent_application", "nareis", "resettlement"};
        double[] printed = {3, 8, -9, -7, -41};
        for (int i = 0; i < types.length; i++) {
            YearOnYear y = Stats.yearOnYear(d, Map.of("type", types[i], "measure", "asylum_inflow"), y2023);
            assertThat(y.percent()
                            .range()
                            .intersects(io.github.migratiekit.statistics.dataset.Interval.of(
                                    printed[i] - 0.5, printed[i] + 0.5)))
                    .as(types[i])
                    .isTrue();
        }
        // resettlement: −41.55% on the printed counts is rounding noise, feasible on the true counts (001b §5.2)
        printedAs(
                Stats.yearOnYear(d, Map.of("type", "total", "measure", "asylum_inflow"), y2023)
                        .percent(),
                3);
    }

    @Test
    void permitHoldersShareOfCoaResidents() {
        // L2146: 24% of COA residents are permit holders (15.360 of 64.410)
        String d = "svm2024-fig58-coa-reception";
        Derived share = Stats.shares(
                        d,
                        List.of(
                                cat.get(d)
                                        .get(Map.of(
                                                "series",
                                                "occupancy_permit_holders",
                                                "period",
                                                "2023",
                                                "measure",
                                                "count")),
                                Observation.of(
                                        StatPeriod.year(2023),
                                        Map.of("series", "rest"),
                                        "count",
                                        io.github.migratiekit.statistics.dataset.Unit.PERSONS,
                                        Value.exact(64410 - 15360))))
                .get(0);
        printedAs(share, 24);
    }

    @Test
    void sharesOfAsylumPermits() {
        // L2316: 52% from first applications, 37% nareizigers, of 27.210 permits in 2023
        String d = "svm2024-fig69-asylum-permits";
        Value total = v(d, Map.of("origin", "total", "period", "2023", "measure", "permits"));
        for (var e : Map.of("first_application", 52.0, "nareis_entered", 37.0).entrySet()) {
            Value part = v(d, Map.of("origin", e.getKey(), "period", "2023", "measure", "permits"));
            printedAs(new Derived(100 * part.point() / total.point(), part.range(), e.getKey()), e.getValue());
        }
    }

    @Test
    void departureFigures() {
        // L2830: 67% of chain-wide departure in 2023 was verifiable; L2828: total +20%
        String d = "svm2024-fig100-chainwide-departure";
        double verifiable = v(d, Map.of("kind", "verifiable_forced", "period", "2023", "measure", "departures"))
                        .point()
                + v(d, Map.of("kind", "verifiable_independent", "period", "2023", "measure", "departures"))
                        .point();
        double total = v(d, Map.of("kind", "total", "period", "2023", "measure", "departures"))
                .point();
        printedAs(
                new Derived(
                        100 * verifiable / total,
                        io.github.migratiekit.statistics.dataset.Interval.exactly(0),
                        "share"),
                67);
        // L2864: "total departure from the DTenV caseload was 24% higher": departures only, without outflow
        // without departure (8.610 → 10.680), whereas the table's grand total is +15% (L2859)
        Dataset dt = cat.get("svm2024-fig102-dtenv-departure");
        Derived before = Stats.total(
                dt.id(),
                List.of(
                        dt.get(Map.of(
                                "category",
                                "verifiable_independent",
                                "sub",
                                "total",
                                "period",
                                "2022",
                                "measure",
                                "outflow")),
                        dt.get(Map.of(
                                "category",
                                "verifiable_forced",
                                "sub",
                                "total",
                                "period",
                                "2022",
                                "measure",
                                "outflow")),
                        dt.get(Map.of(
                                "category",
                                "non_verifiable_unsupervised",
                                "sub",
                                "total",
                                "period",
                                "2022",
                                "measure",
                                "outflow"))));
        Derived after = Stats.total(
                dt.id(),
                List.of(
                        dt.get(Map.of(
                                "category",
                                "verifiable_independent",
                                "sub",
                                "total",
                                "period",
                                "2023",
                                "measure",
                                "outflow")),
                        dt.get(Map.of(
                                "category",
                                "verifiable_forced",
                                "sub",
                                "total",
                                "period",
                                "2023",
                                "measure",
                                "outflow")),
                        dt.get(Map.of(
                                "category",
                                "non_verifiable_unsupervised",
                                "sub",
                                "total",
                                "period",
                                "2023",
                                "measure",
                                "outflow"))));
        assertThat(before.value()).isEqualTo(8610);
        assertThat(after.value()).isEqualTo(10680);
        printedAs(new Derived(100 * (after.value() / before.value() - 1), before.range(), "departures"), 24);
        printedAs(
                Stats.yearOnYear(
                                dt,
                                Map.of("category", "all", "sub", "total", "measure", "outflow"),
                                StatPeriod.year(2023))
                        .percent(),
                15);
        // dashboard L478–L483: 54% of the 10.680 departures from the DTenV caseload were verifiable
        printedAs(new Derived(100 * (3370 + 2360) / after.value(), after.range(), "verifiable"), 54);
    }

    @Test
    void taakstellingRealisation2023() {
        // L3068 "ruim 30.000" housed in 2023; L518: 30.678 of 38.800 (= 79%, derived in seed-001a §4.1)
        Dataset d = cat.get("svm2024-fig118-taakstelling");
        Derived housed = Stats.total(
                d.id(),
                List.of(
                        d.get(Map.of("period", "2023-H1", "measure", "housed")),
                        d.get(Map.of("period", "2023-H2", "measure", "housed"))));
        Derived set = Stats.total(
                d.id(),
                List.of(
                        d.get(Map.of("period", "2023-H1", "measure", "taakstelling")),
                        d.get(Map.of("period", "2023-H2", "measure", "taakstelling"))));
        assertThat(housed.value()).isEqualTo(30678);
        assertThat(housed.isExact()).isTrue();
        assertThat(set.value()).isEqualTo(38800); // L3090: total taakstelling 2023
        printedAs(new Derived(100 * housed.value() / set.value(), housed.range(), "realised"), 79);
    }

    @Test
    void ukraineAndIntegrationAndNationality() {
        // L2419: BRP total +22% (computed from the printed total 110.420, see I2)
        printedAs(
                Stats.yearOnYear(
                                cat.get("svm2024-fig76-ukraine-brp"),
                                Map.of("nationality", "total", "measure", "registered"),
                                StatPeriod.year(2023))
                        .percent(),
                22);
        // L3208: Wi2021 cohort +38%; L3247: acquisitions of Dutch nationality +6%
        printedAs(
                Stats.yearOnYear(
                                cat.get("svm2024-fig123-125-civic-integration"),
                                Map.of("group", "total", "measure", "obliged"),
                                StatPeriod.year(2023))
                        .percent(),
                38);
        printedAs(
                Stats.yearOnYear(
                                cat.get("svm2024-fig126-127-nationality"),
                                Map.of("series", "acquisition_total", "measure", "persons"),
                                StatPeriod.year(2023))
                        .percent(),
                6);
        // L2104: mvv-nareis applications +10%, grants +18%
        Dataset mvv = cat.get("svm2024-fig56-mvv-nareis");
        printedAs(
                Stats.yearOnYear(mvv, Map.of("series", "applications_filed", "measure", "count"), StatPeriod.year(2023))
                        .percent(),
                10);
        printedAs(
                Stats.yearOnYear(
                                mvv,
                                Map.of("series", "granted_first_instance_and_objection", "measure", "count"),
                                StatPeriod.year(2023))
                        .percent(),
                18);
    }

    @Test
    void consularAnnexFigures() {
        // Staat van het Consulaire 2024, L787: % positief 81 (2023) = 541.620 / 669.279; L784: growth 62%
        String kvv = "consulaire2024-short-stay-visas";
        Value apps = v(kvv, Map.of("category", "aanvragen", "period", "2023", "measure", "count"));
        Value pos = v(kvv, Map.of("category", "positief_besluit", "period", "2023", "measure", "count"));
        printedAs(new Derived(100 * pos.point() / apps.point(), pos.range(), "positive"), 81);
        printedAs(
                Stats.yearOnYear(
                                cat.get(kvv),
                                Map.of("category", "aanvragen", "measure", "count"),
                                StatPeriod.year(2023))
                        .percent(),
                62);
        // L788: 90% decided within 15 days in 2020 (152.026 / 169.620), which exceeds the 81% positive
        Value within = v(kvv, Map.of("category", "binnen_15_dagen", "period", "2020", "measure", "count"));
        Value apps20 = v(kvv, Map.of("category", "aanvragen", "period", "2020", "measure", "count"));
        printedAs(new Derived(100 * within.point() / apps20.point(), within.range(), "within 15"), 90);
        // L833: mvv nareis asiel +102%; L831: total −10%; L755: travel documents total +15%; L766: statements −3%
        Dataset mvv = cat.get("consulaire2024-mvv-applications");
        printedAs(
                Stats.yearOnYear(
                                mvv,
                                Map.of("category", "nareis_asiel", "measure", "applications_handled"),
                                StatPeriod.year(2023))
                        .percent(),
                102);
        printedAs(
                Stats.yearOnYear(
                                mvv,
                                Map.of("category", "total", "measure", "applications_handled"),
                                StatPeriod.year(2023))
                        .percent(),
                -10);
        printedAs(
                Stats.yearOnYear(
                                cat.get("consulaire2024-travel-documents"),
                                Map.of("category", "total", "measure", "applications_handled"),
                                StatPeriod.year(2023))
                        .percent(),
                15);
        printedAs(
                Stats.yearOnYear(
                                cat.get("consulaire2024-consular-statements"),
                                Map.of("category", "total", "measure", "statements"),
                                StatPeriod.year(2023))
                        .percent(),
                -3);
    }

    @Test
    void ind2016AsylumInflowAlmostHalved() {
        // IND Jaarverslag 2016, L2–L3 "bijna de helft lager": 31.640 vs 58.880 = −46.3% (seed-004 §4.1),
        // with the reported 18.170 first applications; with the corrected 18.250 (L1521) it is −46.1%
        Dataset d = cat.get("ind2016-asylum");
        double reported2016 = 0;
        double corrected2016 = 0;
        double total2015 = 0;
        for (Observation o : d.observations()) {
            if (o.period().equals(StatPeriod.year(2016))) {
                corrected2016 += o.value().point();
                reported2016 += o.value() instanceof Value.Corrected c
                        ? c.reported().point()
                        : o.value().point();
            } else {
                total2015 += o.value().point();
            }
        }
        assertThat(reported2016).isEqualTo(31640);
        assertThat(total2015).isEqualTo(58880);
        assertThat(100 * (reported2016 / total2015 - 1)).isBetween(-46.35, -46.25);
        assertThat(100 * (corrected2016 / total2015 - 1)).isBetween(-46.15, -46.05);
        // the corrected value is the one computations use
        YearOnYear first = Stats.yearOnYear(
                d, Map.of("type", "first_application", "measure", "applications"), StatPeriod.year(2016));
        assertThat(first.absolute().value()).isEqualTo(18250 - 43090);
    }

    @Test
    void eurostatFiguresAgreeWithCbs() {
        // shared/data README: Eurostat positive decisions 2015/2016 = 16 450 / 20 810 = the CBS 85400NED sums
        for (int year : new int[] {2015, 2016}) {
            Value eurostat = v(
                    "eurostat-nl-first-instance-decisions-2008-2016",
                    Map.of("period", "" + year, "citizen", "Total", "decision", "Total positive decisions"));
            Value cbs = v("cbs-asylum-permits-by-ground-2015-2025", Map.of("period", "" + year, "ground", "total"));
            assertThat(eurostat.point()).isEqualTo(cbs.point());
        }
        // Staat van Migratie 2024 L1708 / seed-001a §5.2: 38.380 (IND, tens) vs 38.375 (CBS, fives): same figure
        Value ind = v(
                "svm2024-fig51-asylum-inflow",
                Map.of("type", "first_application", "period", "2023", "measure", "asylum_inflow"));
        Value cbs = v(
                "cbs-first-asylum-applications-nareizigers-2018-2025",
                Map.of("period", "2023", "measure", "first_applications"));
        assertThat(ind.range().intersects(cbs.range())).isTrue();
    }

    @Test
    void detaineeContactsWithCensoredCountriesAreARange() {
        // Staat van het Consulaire 2024, L662–L726 (seed-000 §4.7): the 39 named countries sum to 2.886; with the 58
        // countries shown as '<10' the total lies between 2.944 and 3.408, consistent with 3.108 detainees (L642)
        Dataset d = cat.get("consulaire2024-detainee-contacts");
        Derived total = Stats.total(d, Map.of("period", "2023"));
        assertThat(total.isExact()).isFalse();
        assertThat(total.range()).isEqualTo(io.github.migratiekit.statistics.dataset.Interval.of(2944, 3408));
        assertThat(total.range().contains(3108)).isTrue();
    }

    @Test
    void consularGrowthColumnsReproduce() {
        // L811–L822 and L848–L859: every 'Groei' figure of the kvv and mvv top-10 tables, e.g. Chinese +539%
        for (String id : List.of(
                "consulaire2024-short-stay-visa-nationalities",
                "consulaire2024-mvv-countries",
                "consulaire2024-short-stay-visa-purposes")) {
            Dataset d = cat.get(id);
            for (Observation g : d.select(Map.of("measure", "change_pct"))) {
                String key = g.dimensions().firstKey();
                String c = g.dimensions().get(key);
                YearOnYear y = Stats.yearOnYear(d, Map.of(key, c, "measure", "applications"), StatPeriod.year(2023));
                printedAs(y.percent(), g.value().point());
            }
        }
    }

    @Test
    void processingTimesPerTrack() {
        // Staat van Migratie 2024, Figuur 65 (pp. 97–98): track 4 AA 47 weeks, 76% in time; 4 VA 64 weeks, 40%;
        // the text below the figure repeats 76% and 40%. Track 1 prints 'Nvt': not printed, so no observation.
        Dataset d = cat.get("svm2024-fig65-asylum-processing-times");
        assertThat(v(
                        "svm2024-fig65-asylum-processing-times",
                        Map.of("track", "track_4_general_procedure", "measure", "decided_in_time_pct")))
                .isEqualTo(Value.parse("76~1"));
        assertThat(v(
                        "svm2024-fig65-asylum-processing-times",
                        Map.of("track", "track_4_extended_procedure", "measure", "average_processing_weeks")))
                .isEqualTo(Value.parse("64~1"));
        assertThat(d.find(Map.of("track", "track_1_dublin", "measure", "decided_in_time_pct")))
                .isEmpty();
        // Dublin and safe-country tracks are shorter than track 4 (text below Figuur 65)
        double t1 = v(
                        "svm2024-fig65-asylum-processing-times",
                        Map.of("track", "track_1_dublin", "measure", "average_processing_weeks"))
                .point();
        double t4 = v(
                        "svm2024-fig65-asylum-processing-times",
                        Map.of("track", "track_4_general_procedure", "measure", "average_processing_weeks"))
                .point();
        assertThat(t1).isLessThan(t4);
        // Figuur 73 and 74: statutory periods of 4 weeks (Vw 2000 art. 83b, appeal) and 23 weeks (art. 89, further
        // appeal, and the extended procedure's other appeals); 'Spoor 4 VA beroep (overig)' prints no average
        Dataset c = cat.get("svm2024-fig73-74-asylum-appeal-processing-times");
        for (Observation o : c.select(Map.of("measure", "statutory_period_weeks"))) {
            String stage = o.dimensions().get("stage");
            String track = o.dimensions().get("track");
            double expected = stage.equals("appeal") && !track.equals("track_4_extended_procedure_other") ? 4 : 23;
            assertThat(o.value().point()).as(o.key()).isEqualTo(expected);
        }
        assertThat(c.find(Map.of(
                        "stage",
                        "appeal",
                        "track",
                        "track_4_extended_procedure_other",
                        "measure",
                        "average_processing_weeks")))
                .isEmpty();
        assertThat(c.get(Map.of(
                                "stage",
                                "further_appeal",
                                "track",
                                "track_1_dublin",
                                "measure",
                                "average_processing_weeks"))
                        .value())
                .isEqualTo(Value.parse("14~1"));
    }

    @Test
    void postedWorkersAndInternationalStudents() {
        // Figuur 27: 96 290 posted workers, 23 510 from outside the EU, 72 780 EU nationals (text and table)
        String pw = "svm2024-fig27-36-posted-workers";
        assertThat(v(pw, Map.of("country", "total", "nationality", "total", "sector", "all")))
                .isEqualTo(Value.parse("96290~10"));
        // the printed parts: 72 780 + 23 510 = 96 290
        Derived total =
                Stats.total(cat.get(pw), Map.of("country", "total", "sector", "all", "nationality", "eu_citizens"));
        assertThat(total.value()).isEqualTo(72780);
        // Figuur 36: each country's top-3 sectors add up to at most its Figuur 27 total
        // (Poland 8528 + 6469 + 5938 = 20935 ≤ 22940)
        Dataset d = cat.get(pw);
        for (String country : List.of("Polen", "Duitsland", "Litouwen", "België", "Portugal")) {
            double sectors = d.select(Map.of("country", country, "nationality", "total")).stream()
                    .filter(o -> !o.dimensions().get("sector").equals("all"))
                    .mapToDouble(o -> o.value().range().lo())
                    .sum();
            double all = d.get(Map.of("country", country, "nationality", "total", "sector", "all"))
                    .value()
                    .range()
                    .hi();
            assertThat(sectors).as(country).isLessThanOrEqualTo(all);
        }
        assertThat(d.select(Map.of("country", "Polen", "nationality", "total")).stream()
                        .filter(o -> !o.dimensions().get("sector").equals("all"))
                        .mapToDouble(o -> o.value().point())
                        .sum())
                .isEqualTo(20935);
        // Figuur 37 (CBS, exact): 42 190 → 42 218 printed 0%; EEA 29 908 → 28 915 printed −3%; non-EEA +8%
        String st = "svm2024-fig37-international-students";
        for (String origin : List.of("total", "eea", "non_eea")) {
            YearOnYear y =
                    Stats.yearOnYear(cat.get(st), Map.of("origin", origin, "measure", "inflow"), StatPeriod.year(2023));
            printedAs(
                    y.percent(),
                    v(st, Map.of("origin", origin, "measure", "change_pct")).point());
        }
        assertThat(ConsistencyCheck.check(List.of(cat.get(st), cat.get(pw))).inconsistent())
                .isZero();
    }
}
