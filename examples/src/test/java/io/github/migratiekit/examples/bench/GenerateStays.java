package io.github.migratiekit.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a deterministic stays file for {@code schengen-batch}: {@code travellers} travellers with ids {@code
 * T000000001…} in text order, {@code stays} stays each over two years from 2024-01-01, a header line.
 * Usage: {@code GenerateStays FILE TRAVELLERS STAYS}.
 */
public final class GenerateStays {
    private GenerateStays() {}

    /**
     * Writes the file.
     *
     * @param args file, number of travellers, stays per traveller
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int travellers = Integer.parseInt(args[1]);
        int stays = Integer.parseInt(args[2]);
        SplittableRandom r = new SplittableRandom(7);
        int base = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        int slot = 730 / stays;
        String[] iso = new String[1200];
        for (int i = 0; i < iso.length; i++) {
            iso[i] = LocalDate.ofEpochDay(base + i).toString();
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("travellerId,entry,exit\n");
            StringBuilder line = new StringBuilder(64);
            for (int t = 1; t <= travellers; t++) {
                String id = String.format("T%09d", t);
                for (int i = 0; i < stays; i++) {
                    int len = 1 + r.nextInt(Math.max(1, slot * 2 / 3));
                    int offset = r.nextInt(Math.max(1, slot - len + 1));
                    int entry = i * slot + offset;
                    line.setLength(0);
                    line.append(id).append(',').append(iso[entry]).append(',').append(iso[entry + len - 1]);
                    line.append('\n');
                    w.append(line);
                }
            }
        }
    }
}
