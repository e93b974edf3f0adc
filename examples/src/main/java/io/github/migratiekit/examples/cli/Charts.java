package io.github.migratiekit.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the CLI's charts as SVG files with XChart, to exactly the path given: no extension is added and no
 * directory is created; a file that cannot be written is reported naming the option, and no partial file is left.
 */
public final class Charts {
    private Charts() {}

    /**
     * A named series of values per day.
     *
     * @param name the legend name
     * @param days the x values
     * @param values the y values, one per day
     */
    public record DailySeries(String name, List<LocalDate> days, List<? extends Number> values) {}

    /**
     * A named series of values per category.
     *
     * @param name the legend name
     * @param values the y values, one per category
     */
    public record CategorySeries(String name, List<? extends Number> values) {}

    /**
     * Writes a line chart of values over days, optionally with a horizontal limit line.
     *
     * @param file the SVG file to write, exactly this path; errors name the option {@code --out}
     * @param title the title
     * @param yTitle the y axis title
     * @param series the series
     * @param limit a horizontal line to draw (e.g. 90 days), or {@code null}
     * @param limitName the legend name of the limit line
     * @return the file written
     */
    public static Path timeSeries(
            Path file,
            String title,
            String yTitle,
            List<DailySeries> series,
            @org.jspecify.annotations.Nullable Double limit,
            String limitName) {
        return timeSeries(target("--out", file.toString()), title, yTitle, series, limit, limitName);
    }

    /**
     * Writes a line chart of values over days, optionally with a horizontal limit line.
     *
     * @param file the checked SVG file to write
     * @param title the title
     * @param yTitle the y axis title
     * @param series the series
     * @param limit a horizontal line to draw (e.g. 90 days), or {@code null}
     * @param limitName the legend name of the limit line
     * @return the file written
     */
    public static Path timeSeries(
            Target file,
            String title,
            String yTitle,
            List<DailySeries> series,
            @org.jspecify.annotations.Nullable Double limit,
            String limitName) {
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(450)
                .title(title)
                .xAxisTitle("date")
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setMarkerSize(0);
        LocalDate first = null;
        LocalDate last = null;
        for (DailySeries s : series) {
            if (s.days().isEmpty()) {
                continue;
            }
            List<Date> x = new ArrayList<>();
            for (LocalDate d : s.days()) {
                x.add(toDate(d));
            }
            XYSeries xy = chart.addSeries(s.name(), x, s.values());
            xy.setMarker(SeriesMarkers.NONE);
            first = first == null || s.days().get(0).isBefore(first) ? s.days().get(0) : first;
            LocalDate end = s.days().get(s.days().size() - 1);
            last = last == null || end.isAfter(last) ? end : last;
        }
        if (limit != null && first != null && last != null) {
            XYSeries line = chart.addSeries(limitName, List.of(toDate(first), toDate(last)), List.of(limit, limit));
            line.setMarker(SeriesMarkers.NONE);
        }
        return write(chart, file);
    }

    /**
     * Writes a grouped bar chart.
     *
     * @param file the SVG file to write, exactly this path; errors name the option {@code --out}
     * @param title the title
     * @param yTitle the y axis title
     * @param categories the category labels
     * @param series the series, each with one value per category
     * @return the file written
     */
    public static Path bars(
            Path file, String title, String yTitle, List<String> categories, List<CategorySeries> series) {
        return bars(target("--out", file.toString()), title, yTitle, categories, series);
    }

    /**
     * Writes a grouped bar chart.
     *
     * @param file the checked SVG file to write
     * @param title the title
     * @param yTitle the y axis title
     * @param categories the category labels
     * @param series the series, each with one value per category
     * @return the file written
     */
    public static Path bars(
            Target file, String title, String yTitle, List<String> categories, List<CategorySeries> series) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(1000)
                .height(500)
                .title(title)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setLocale(Locale.ROOT);
        for (CategorySeries s : series) {
            chart.addSeries(s.name(), categories, s.values());
        }
        return write(chart, file);
    }

    /**
     * Checks a chart file named by an option before anything is computed: the directory must exist (it is not
     * created) and the name must not be a directory. The chart is written to exactly this path (no extension added).
     *
     * @param option the option, e.g. {@code "--chart"}
     * @param typed the file name as typed
     * @return the checked target
     * @throws OptionException naming the option and the file if it cannot be a chart file
     */
    public static Target target(String option, String typed) {
        Path path = InputFiles.path(option, typed);
        if (Files.isDirectory(path)) {
            throw new OptionException(option, typed, "is a directory; give a file name such as chart.svg");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            if (!Files.exists(parent)) {
                throw new OptionException(option, typed, "the directory " + parent + " does not exist");
            }
            if (!Files.isDirectory(parent)) {
                throw new OptionException(option, typed, parent + " is not a directory");
            }
            if (Files.exists(path) ? !Files.isWritable(path) : !Files.isWritable(parent)) {
                throw new OptionException(
                        option,
                        typed,
                        "permission denied: " + (Files.exists(path) ? "the file" : "the directory " + parent)
                                + " is not writable");
            }
        }
        return new Target(option, typed, path);
    }

    /**
     * A checked chart file.
     *
     * @param option the option that named it
     * @param typed the name as typed
     * @param path the path written to
     */
    public record Target(String option, String typed, Path path) {}

    private static Path write(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Target target) {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart in memory", e);
        } catch (IllegalArgumentException e) {
            throw new OptionException(
                    target.option(),
                    target.typed(),
                    "cannot draw the chart" + (e.getMessage() == null ? "" : ": " + Cli.plain(e.getMessage())),
                    e);
        }
        try {
            Files.write(target.path(), svg.toByteArray());
        } catch (IOException e) {
            try {
                if (Files.isRegularFile(target.path())) {
                    // no truncated chart is left behind
                    Files.deleteIfExists(target.path());
                }
            } catch (IOException ignored) {
                // the write error below is the one to report
            }
            throw new OptionException(
                    target.option(), target.typed(), "cannot write the chart: " + InputFiles.ioProblem(e), e);
        }
        return target.path();
    }

    private static Date toDate(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
