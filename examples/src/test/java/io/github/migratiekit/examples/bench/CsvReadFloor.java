package io.github.migratiekit.examples.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The I/O floor of {@code schengen-batch}: read the same file and split every line into fields with FastCSV, the
 * same reader settings, nothing else. Usage: {@code CsvReadFloor FILE}; prints rows, fields and seconds.
 */
public final class CsvReadFloor {
    private CsvReadFloor() {}

    /**
     * Reads the file.
     *
     * @param args the file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        long rows = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(64 * 1024)
                .ofCsvRecord(Files.newInputStream(Path.of(args[0])), StandardCharsets.UTF_8)) {
            for (CsvRecord r : reader) {
                rows++;
                for (int i = 0; i < r.getFieldCount(); i++) {
                    chars += r.getField(i).length();
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("rows=%d chars=%d seconds=%.2f rows/s=%.0f%n", rows, chars, s, rows / s);
    }
}
