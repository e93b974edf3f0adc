package io.github.migratiekit.eurules.schengen;

import io.github.migratiekit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A traveller's stays in the Schengen area, the periods not counted (residence permit, long-stay visa) and, when it
 * matters for the rule, the nationality.
 *
 * <p>Stays may be given in any order; they are kept sorted by entry (then exit), so {@link #stays()} lists them in
 * time order and a history does not depend on the order it was given in. Two stays may touch (the next entry on or after the day after the previous
 * exit) or share one day (exit and re-entry on the same day, counted once); they may not overlap by more than that.
 * The nationality (ISO 3166-1 alpha-3, e.g. {@code "BRA"}) selects the older "3 months in 6 months" rule kept by
 * some visa-waiver agreements (see {@link ShortStayRules}); it is not personal data in the sense of an identifier
 * and is the only attribute of the person kept here. Immutable and thread-safe.
 *
 * @param stays the stays
 * @param excluded the periods not counted
 * @param nationality the nationality, ISO 3166-1 alpha-3, if it matters
 */
public record TravelHistory(List<Stay> stays, List<ExcludedPeriod> excluded, Optional<String> nationality) {

    /**
     * Copies the lists and validates the history.
     *
     * @param stays the stays
     * @param excluded the periods not counted
     * @param nationality the nationality, ISO 3166-1 alpha-3, if it matters
     * @throws InvalidStayException if two stays overlap by more than a shared exit/entry day (the message names both
     *     by their index in the list given) or the nationality is not three letters
     */
    public TravelHistory {
        Checks.nonNull(stays, "travelHistory.stays");
        Checks.nonNull(excluded, "travelHistory.excluded");
        Checks.nonNull(nationality, "travelHistory.nationality");
        stays = List.copyOf(stays);
        excluded = List.copyOf(excluded);
        nationality = nationality.map(n -> n.trim().toUpperCase(Locale.ROOT));
        if (nationality.isPresent() && !nationality.get().matches("[A-Z]{3}")) {
            throw new InvalidStayException(
                    "nationality", "'" + nationality.get() + "' is not an ISO 3166-1 alpha-3 code such as BRA");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            order.add(i);
        }
        List<Stay> s = stays;
        order.sort(Comparator.comparing((Integer i) -> s.get(i).entry())
                .thenComparing(i -> s.get(i).exit()));
        for (int k = 1; k < order.size(); k++) {
            int prev = order.get(k - 1);
            int next = order.get(k);
            Stay a = s.get(prev);
            Stay b = s.get(next);
            if (b.entry().isBefore(a.exit())) {
                throw new InvalidStayException(
                        "stays[" + next + "]",
                        "stay " + b.entry() + "/" + b.exit() + " overlaps stays[" + prev + "] " + a.entry() + "/"
                                + a.exit());
            }
        }
        boolean sorted = true;
        for (int k = 1; k < order.size() && sorted; k++) {
            sorted = order.get(k) == k;
        }
        if (!sorted) {
            List<Stay> byEntry = new ArrayList<>(order.size());
            for (int i : order) {
                byEntry.add(s.get(i));
            }
            stays = List.copyOf(byEntry);
        }
    }

    /**
     * Creates a history of stays without excluded periods or nationality.
     *
     * @param stays the stays
     * @return the history
     * @throws InvalidStayException if two stays overlap
     */
    public static TravelHistory of(List<Stay> stays) {
        return new TravelHistory(stays, List.of(), Optional.empty());
    }

    /**
     * Creates a history with excluded periods.
     *
     * @param stays the stays
     * @param excluded the periods not counted
     * @return the history
     * @throws InvalidStayException if two stays overlap
     */
    public static TravelHistory of(List<Stay> stays, List<ExcludedPeriod> excluded) {
        return new TravelHistory(stays, excluded, Optional.empty());
    }

    /**
     * Returns a copy with the nationality set.
     *
     * @param iso3 ISO 3166-1 alpha-3 code
     * @return the copy
     * @throws InvalidStayException if the code is not three letters
     */
    public TravelHistory withNationality(String iso3) {
        return new TravelHistory(stays, excluded, Optional.of(iso3));
    }

    /**
     * Returns a copy with one more stay.
     *
     * @param stay the stay to add
     * @return the copy
     * @throws InvalidStayException if the stay overlaps another
     */
    public TravelHistory plus(Stay stay) {
        List<Stay> all = new ArrayList<>(stays);
        all.add(stay);
        return new TravelHistory(all, excluded, nationality);
    }
}
