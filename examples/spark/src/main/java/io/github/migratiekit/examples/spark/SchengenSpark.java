package io.github.migratiekit.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.eurules.schengen.BatchQuery;
import io.github.migratiekit.eurules.schengen.BatchRow;
import io.github.migratiekit.eurules.schengen.ShortStayBatch;
import io.github.migratiekit.eurules.schengen.ShortStayCalculator;
import io.github.migratiekit.eurules.schengen.ShortStayStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Schengen short-stay rule on Apache Spark: one output row per traveller, with the columns of {@code
 * schengen-batch} (see {@link BatchRow#columns(boolean)}), computed by the same streaming kernel
 * ({@link ShortStayStream}) inside each partition.
 *
 * <p>How: the stays (and excluded periods) are repartitioned by traveller id, sorted within each partition by id,
 * and each partition streams through one {@link ShortStayStream} ({@code mapPartitions}): each traveller's rows are
 * together, memory per task is bounded by one history, and nothing is collected to the driver.
 *
 * <p>Input columns: {@code travellerId} (string), {@code entry} and {@code exit} (date, both days counted), optional
 * {@code state} (ISO alpha-2) and {@code nationality} (ISO alpha-3); excluded periods: {@code travellerId},
 * {@code start}, {@code end} (dates).
 */
public final class SchengenSpark {
    private SchengenSpark() {}

    /**
     * Controls every traveller on one day.
     *
     * @param stays the stays: {@code travellerId, entry, exit[, state][, nationality]}
     * @param on the control day
     * @return one row per traveller with the control columns of {@code schengen-batch}
     */
    public static Dataset<Row> control(Dataset<Row> stays, LocalDate on) {
        return control(stays, Optional.empty(), BatchQuery.control(on));
    }

    /**
     * Controls (and with an entry day in the query, plans) every traveller.
     *
     * @param stays the stays: {@code travellerId, entry, exit[, state][, nationality]}
     * @param excluded periods not counted: {@code travellerId, start, end}, if any
     * @param query the control day and optional planned entry
     * @return one row per traveller with the columns of {@code schengen-batch}
     */
    public static Dataset<Row> control(Dataset<Row> stays, Optional<Dataset<Row>> excluded, BatchQuery query) {
        Dataset<Row> rows = stays.select(
                col("travellerId").cast("string").as("travellerId"),
                lit(0).as("kind"),
                col("entry").cast("date").as("a"),
                col("exit").cast("date").as("b"),
                optional(stays, "state"),
                optional(stays, "nationality"));
        if (excluded.isPresent()) {
            Dataset<Row> ex = excluded.get();
            rows = rows.unionByName(ex.select(
                    col("travellerId").cast("string").as("travellerId"),
                    lit(1).as("kind"),
                    col("start").cast("date").as("a"),
                    col("end").cast("date").as("b"),
                    lit(null).cast("string").as("state"),
                    lit(null).cast("string").as("nationality")));
        }
        boolean java8Dates = Boolean.parseBoolean(
                stays.sparkSession().conf().get("spark.sql.datetime.java8API.enabled", "false"));
        StructType schema = schema(query.planning());
        return rows.repartition(col("travellerId"))
                .sortWithinPartitions(col("travellerId"), col("kind"))
                .mapPartitions(new Kernel(query, java8Dates), Encoders.row(schema));
    }

    private static Column optional(Dataset<Row> ds, String name) {
        return Arrays.asList(ds.columns()).contains(name)
                ? col(name).cast("string").as(name)
                : lit(null).cast("string").as(name);
    }

    /**
     * The output schema: the columns of {@code schengen-batch} with dates as dates and "none" as null.
     *
     * @param planning whether planning columns are included
     * @return the schema
     */
    public static StructType schema(boolean planning) {
        List<StructField> fields = new ArrayList<>();
        for (String c : BatchRow.columns(planning)) {
            DataType type =
                    switch (c) {
                        case "travellerId", "ruleId", "entryRuleId" -> DataTypes.StringType;
                        case "windowStart",
                                "windowEnd",
                                "firstUnlawfulDay",
                                "latestAllowedDate",
                                "lastAllowedDay",
                                "earliestEntry" -> DataTypes.DateType;
                        default -> DataTypes.IntegerType;
                    };
            fields.add(DataTypes.createStructField(c, type, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** Streams one sorted partition through {@link ShortStayStream}. */
    static final class Kernel implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final LocalDate on;
        private final @org.jspecify.annotations.Nullable LocalDate entry;
        private final int minDays;
        private final boolean java8Dates;

        Kernel(BatchQuery query, boolean java8Dates) {
            this.on = query.on();
            this.entry = query.entry().orElse(null);
            this.minDays = query.minDays();
            this.java8Dates = java8Dates;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            BatchQuery query = new BatchQuery(on, Optional.ofNullable(entry), minDays);
            boolean planning = query.planning();
            ArrayDeque<BatchRow> ready = new ArrayDeque<>();
            ShortStayStream stream = ShortStayStream.of(
                    ShortStayCalculator.standard(), query, ShortStayStream.Order.SORTED, ready::add);
            TaskContext task = TaskContext.get();
            String where = task == null ? "row " : "partition " + task.partitionId() + " row ";
            return new Iterator<>() {
                private long row;
                private boolean finished;

                @Override
                public boolean hasNext() {
                    while (ready.isEmpty() && !finished) {
                        try {
                            if (input.hasNext()) {
                                push(input.next(), ++row);
                            } else {
                                stream.finish();
                                finished = true;
                            }
                        } catch (InvalidInputException e) {
                            throw new InvalidInputException(
                                    where + e.field().replaceFirst("^line \\d+ ?", row + " "), e.rule(), e);
                        }
                    }
                    return !ready.isEmpty();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return toRow(ready.poll(), planning);
                }

                private void push(Row r, long line) {
                    String id = r.isNullAt(0) ? "" : r.getString(0).strip();
                    int a = day(r, 2, line, r.getInt(1) == 0 ? "entry" : "start");
                    int b = day(r, 3, line, r.getInt(1) == 0 ? "exit" : "end");
                    if (r.getInt(1) == 1) {
                        stream.excluded(line, id, a, b);
                        return;
                    }
                    if (!r.isNullAt(5) && !r.getString(5).isBlank()) {
                        stream.nationality(line, id, r.getString(5));
                    }
                    String state = r.isNullAt(4) || r.getString(4).isBlank() ? null : r.getString(4);
                    stream.stay(line, id, a, b, state);
                }
            };
        }

        private static int day(Row r, int i, long line, String field) {
            if (r.isNullAt(i)) {
                throw new InvalidInputException("line " + line + " " + field, "is empty or not a date");
            }
            Object v = r.get(i);
            LocalDate d = v instanceof LocalDate ld ? ld : ((java.sql.Date) v).toLocalDate();
            return Math.toIntExact(d.toEpochDay());
        }

        private Row toRow(BatchRow b, boolean planning) {
            List<Object> v = new ArrayList<>();
            v.add(b.travellerId());
            v.add(b.daysUsed());
            v.add(b.daysRemaining());
            v.add(date(b.windowStart()));
            v.add(date(b.windowEnd()));
            v.add(b.overstayDays());
            v.add(b.unlawfulDays());
            v.add(date(b.firstUnlawfulDay()));
            v.add(date(b.latestAllowedDay()));
            if (planning) {
                v.add(b.maxStayDays());
                v.add(date(b.lastAllowedDay()));
                v.add(date(b.earliestEntry()));
            }
            v.add(b.ruleId());
            if (planning) {
                v.add(b.entryRuleId());
            }
            return RowFactory.create(v.toArray());
        }

        private @org.jspecify.annotations.Nullable Object date(int epochDay) {
            if (epochDay == ShortStayBatch.NO_DAY) {
                return null;
            }
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            return java8Dates ? d : java.sql.Date.valueOf(d);
        }
    }

    /**
     * Reads stays or excluded periods from Parquet or CSV (by the file extension, or {@code format=} in the
     * arguments): CSV with a header, ISO dates.
     *
     * @param spark the session
     * @param path the file or directory
     * @param format "parquet" or "csv"
     * @return the rows
     */
    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        if (format.equals("parquet")) {
            return spark.read().parquet(path);
        }
        Dataset<Row> csv = spark.read()
                .option("header", "true")
                .option("mode", "FAILFAST")
                .csv(path);
        for (String c : new String[] {"entry", "exit", "start", "end"}) {
            if (Arrays.asList(csv.columns()).contains(c)) {
                csv = csv.withColumn(c, to_date(col(c), "yyyy-MM-dd"));
            }
        }
        return csv;
    }

    /**
     * {@code spark-submit --class io.github.migratiekit.examples.spark.SchengenSpark migratiekit-spark.jar
     * input=stays.parquet output=result.parquet on=2026-01-31 [entry=2026-02-01 minDays=1] [excluded=ex.parquet]
     * [format=csv|parquet]}: writes the result as Parquet.
     *
     * @param args {@code key=value} arguments
     */
    public static void main(String[] args) {
        java.util.Map<String, String> a = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got '" + arg + "'");
            }
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String input = required(a, "input");
        String output = required(a, "output");
        LocalDate on = LocalDate.parse(required(a, "on"));
        String format = a.getOrDefault(
                "format", input.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet");
        BatchQuery query = a.containsKey("entry")
                ? BatchQuery.plan(on, LocalDate.parse(a.get("entry")), Integer.parseInt(a.getOrDefault("minDays", "1")))
                : BatchQuery.control(on);
        SparkSession spark =
                SparkSession.builder().appName("migratiekit-schengen").getOrCreate();
        try {
            Dataset<Row> stays = read(spark, input, format);
            Optional<Dataset<Row>> excluded = Optional.ofNullable(a.get("excluded"))
                    .map(p -> read(spark, p, format));
            control(stays, excluded, query).write().mode("overwrite").parquet(output);
        } finally {
            spark.stop();
        }
    }

    private static String required(java.util.Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return v;
    }
}
