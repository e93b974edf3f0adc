package io.github.migratiekit.core.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.migratiekit.core.identity.VNumber;
import io.github.migratiekit.core.json.Json;
import io.github.migratiekit.core.permit.testing.PermitGenerators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

class PermitTest {
    private static final VNumber HOLDER = VNumber.parse("1234567890");

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void asylumPermitIsValidForAtMostFiveYears() {
        // De Staat van Migratie 2024 L2325: fixed-term VVA, five years before a permanent permit can be requested
        ResidencePermit ok = ResidencePermit.of(
                PermitKind.ASYLUM_FIXED_TERM,
                StayPurpose.REFUGEE,
                LocalDateRange.ofClosed(d("2024-03-01"), d("2029-03-01")),
                HOLDER);
        assertThat(ok.validOn(d("2029-03-01"))).isTrue();
        assertThatThrownBy(() -> ResidencePermit.of(
                        PermitKind.ASYLUM_FIXED_TERM,
                        StayPurpose.REFUGEE,
                        LocalDateRange.ofClosed(d("2024-03-01"), d("2029-03-02")),
                        HOLDER))
                .isInstanceOf(InvalidPermitException.class)
                .hasMessageStartingWith("validity:");
    }

    @Test
    void purposeMustFitTheKind() {
        assertThatThrownBy(() -> ResidencePermit.of(
                        PermitKind.REGULAR_FIXED_TERM,
                        StayPurpose.REFUGEE,
                        LocalDateRange.ofClosed(d("2024-03-01"), d("2025-03-01")),
                        HOLDER))
                .isInstanceOf(InvalidPermitException.class)
                .hasMessageStartingWith("purpose:");
        assertThatThrownBy(() -> ResidencePermit.of(
                        PermitKind.ASYLUM_FIXED_TERM,
                        StayPurpose.STUDY,
                        LocalDateRange.ofClosed(d("2024-03-01"), d("2025-03-01")),
                        HOLDER))
                .isInstanceOf(InvalidPermitException.class)
                .hasMessageStartingWith("purpose:");
        assertThatThrownBy(() -> new ResidencePermit(
                        PermitKind.REGULAR_FIXED_TERM,
                        Optional.empty(),
                        LocalDateRange.ofClosed(d("2024-03-01"), d("2025-03-01")),
                        HOLDER,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageStartingWith("purpose:");
    }

    @Test
    void visasAndStatusesAreNotResidencePermits() {
        for (PermitKind k : new PermitKind[] {
            PermitKind.MVV, PermitKind.SHORT_STAY_VISA, PermitKind.ASYLUM_SEEKER, PermitKind.DEPARTURE_OBLIGATION
        }) {
            assertThatThrownBy(() -> new ResidencePermit(
                            k,
                            Optional.empty(),
                            LocalDateRange.ofClosed(d("2024-03-01"), d("2024-04-01")),
                            HOLDER,
                            Optional.empty(),
                            Optional.empty()))
                    .isInstanceOf(InvalidPermitException.class)
                    .hasMessageStartingWith("kind:");
        }
    }

    @Test
    void fixedTermNeedsAnEndAndPermanentMayBeOpen() {
        assertThatThrownBy(() -> ResidencePermit.of(
                        PermitKind.REGULAR_FIXED_TERM,
                        StayPurpose.STUDY,
                        LocalDateRange.ofUnboundedEnd(d("2024-03-01")),
                        HOLDER))
                .hasMessageStartingWith("validity:");
        ResidencePermit permanent = new ResidencePermit(
                PermitKind.REGULAR_PERMANENT,
                Optional.empty(),
                LocalDateRange.ofUnboundedEnd(d("2024-03-01")),
                HOLDER,
                Optional.empty(),
                Optional.empty());
        assertThat(permanent.daysUntilExpiry(d("2030-01-01"))).isEmpty();
        assertThatThrownBy(() -> permanent.extensionApplication(d("2030-01-01")))
                .hasMessageStartingWith("validity:");
    }

    @Test
    void queriesAgreeWithDayByDayOracle() {
        qt().withExamples(300)
                .forAll(PermitGenerators.residencePermits(), Generate.range(-400, 2400))
                .checkAssert((p, offset) -> {
                    LocalDate day = p.validity().getStart().plusDays(offset);
                    boolean inside = !day.isBefore(p.validity().getStart())
                            && (p.validity().isUnboundedEnd()
                                    || !day.isAfter(p.validity().getEndInclusive()));
                    assertThat(p.validOn(day)).isEqualTo(inside);
                    if (!p.validity().isUnboundedEnd()) {
                        long naive = 0;
                        LocalDate end = p.validity().getEndInclusive();
                        for (LocalDate x = day; x.isBefore(end); x = x.plusDays(1)) {
                            naive++;
                        }
                        for (LocalDate x = day; x.isAfter(end); x = x.minusDays(1)) {
                            naive--;
                        }
                        assertThat(p.daysUntilExpiry(day)).hasValue(naive);
                        assertThat(p.extensionApplication(day).timely()).isEqualTo(!day.isAfter(end));
                    }
                });
    }

    @Test
    void toStringHidesIdentifiers() {
        qt().withExamples(200).forAll(PermitGenerators.residencePermits()).checkAssert(p -> {
            assertThat(p.toString()).doesNotContain(p.holder().value());
            p.bsn().ifPresent(b -> assertThat(p.toString()).doesNotContain(b.value()));
            p.documentNumber().ifPresent(n -> assertThat(p.toString()).doesNotContain(n));
        });
    }

    @Test
    void jsonRoundTrips() {
        qt().withExamples(200).forAll(PermitGenerators.residencePermits()).checkAssert(p -> assertThat(
                        Json.read(Json.write(p), ResidencePermit.class))
                .isEqualTo(p));
        qt().withExamples(100).forAll(PermitGenerators.shortStayVisas()).checkAssert(v -> assertThat(
                        Json.read(Json.write(v), ShortStayVisa.class))
                .isEqualTo(v));
        qt().withExamples(100).forAll(PermitGenerators.mvvs()).checkAssert(m -> assertThat(
                        Json.read(Json.write(m), Mvv.class))
                .isEqualTo(m));
    }

    @Test
    void badPermitJsonNamesThePath() {
        String json = "{\"kind\":\"ASYLUM_FIXED_TERM\",\"purpose\":\"STUDY\","
                + "\"validity\":{\"start\":\"2024-01-01\",\"endInclusive\":\"2025-01-01\"},"
                + "\"holder\":\"1234567890\",\"bsn\":null,\"documentNumber\":null}";
        assertThatThrownBy(() -> Json.read(json, ResidencePermit.class))
                .isInstanceOf(io.github.migratiekit.core.InvalidInputException.class)
                .hasMessageContaining("purpose")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567890"));
    }

    @Test
    void shortStayVisaLimits() {
        // Visa Code art. 24(1): at most 90 days of stay
        LocalDateRange year = LocalDateRange.ofClosed(d("2026-01-01"), d("2026-12-31"));
        assertThat(ShortStayVisa.of(year, 90, VisaEntries.MULTIPLE).usableOn(d("2026-06-01")))
                .isTrue();
        assertThatThrownBy(() -> ShortStayVisa.of(year, 91, VisaEntries.MULTIPLE))
                .hasMessageStartingWith("durationOfStay:");
        assertThatThrownBy(() -> ShortStayVisa.of(
                        LocalDateRange.ofClosed(d("2026-01-01"), d("2026-01-10")), 11, VisaEntries.SINGLE))
                .hasMessageStartingWith("durationOfStay:");
    }

    @Test
    void mvvCollectionAndEntryPeriods() {
        // Vc B1/3.3.4, Vw 2000 art. 2r: collect within three months of the notification;
        // 2026-01-25 + 3 months = Saturday 2026-04-25 -> Monday 27 April is Koningsdag -> Tuesday 2026-04-28 (Atw art.
        // 1, 3)
        Mvv mvv = Mvv.notified(d("2026-01-25"), StayPurpose.FAMILY_REUNIFICATION);
        assertThat(mvv.collectionDeadline().deadline()).isEqualTo(d("2026-04-28"));
        assertThat(mvv.entryDeadline()).isEmpty();
        // enter within 90 days of issue: 2026-02-01 + 90 days = Saturday 2026-05-02 -> Monday 2026-05-04
        Mvv issued = mvv.withIssuedOn(d("2026-02-01"));
        assertThat(issued.entryDeadline().orElseThrow().deadline()).isEqualTo(d("2026-05-04"));
        assertThat(ChronoUnit.DAYS.between(d("2026-02-01"), d("2026-05-02"))).isEqualTo(90);
        Mvv nareis = new Mvv(d("2026-01-25"), Optional.empty(), Optional.empty(), true);
        assertThat(nareis.collectionDeadline().explanation().toString()).contains("art. 2r");
        assertThatThrownBy(() -> mvv.withIssuedOn(d("2026-01-24"))).hasMessageStartingWith("issuedOn:");
    }

    @Test
    void vocabularyCarriesLabelsAndSources() {
        for (StayPurpose p : StayPurpose.values()) {
            assertThat(p.dutchLabel()).isNotBlank();
            assertThat(p.source().instrument()).isNotBlank();
        }
        for (PermitKind k : PermitKind.values()) {
            assertThat(k.dutchLabel()).isNotBlank();
            assertThat(k.source().citation()).isNotBlank();
        }
        assertThat(StayPurpose.STUDY.decisionTermId()).isEqualTo("regular-study-research");
        assertThat(StayPurpose.HIGHLY_SKILLED_MIGRANT.decisionTermId()).isEqualTo("regular");
    }
}
