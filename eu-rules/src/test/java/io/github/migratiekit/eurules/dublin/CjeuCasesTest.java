package io.github.migratiekit.eurules.dublin;

import static io.github.migratiekit.eurules.dublin.Cases.adultInNl;
import static io.github.migratiekit.eurules.dublin.Cases.d;
import static io.github.migratiekit.eurules.dublin.Cases.unaccompaniedMinorIn;
import static io.github.migratiekit.eurules.dublin.MemberState.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migratiekit.eurules.dublin.DublinEvent.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases built on judgments of the Court of Justice, each named with the point it decides. */
class CjeuCasesTest {

    @Test
    void mengesteab_C670_16_takeChargeRequestNeverLaterThanThreeMonthsAfterLodging() {
        // C-670/16 Mengesteab, 26 July 2017: the request cannot validly be made more than three months after the
        // application was lodged, even within two months of a Eurodac hit; "lodged" = when the form or the
        // authorities' report reached the competent authority (that date is the registeredOn of the case).
        DublinCase c = adultInNl("2025-01-15")
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2025-03-20")))
                .build();
        TimeLimit tcr = DublinTimeline.of(c).on(d("2025-04-01")).get(0);
        assertThat(tcr.step()).isEqualTo("take-charge request");
        // three months from 2025-01-15 (art. 21(1), art. 42) end on 2025-04-15, before hit + 2 months = 2025-05-20
        assertThat(tcr.deadline().deadline()).isEqualTo(d("2025-04-15"));
        assertThat(tcr.trigger()).contains("Mengesteab");
        // an early hit: two months from the hit are shorter and apply
        DublinCase early = adultInNl("2025-01-15")
                .event(DublinEvent.of(Kind.EURODAC_HIT_ENTRY, d("2025-01-16")))
                .build();
        assertThat(DublinTimeline.of(early)
                        .on(d("2025-02-01"))
                        .get(0)
                        .deadline()
                        .deadline())
                .isEqualTo(d("2025-03-16"));
        // a late request: responsibility lies with the State where the application was lodged (art. 21(1))
        TimeLimit late = DublinTimeline.of(c).on(d("2025-04-16")).get(0);
        assertThat(late.status()).isEqualTo(TimeLimit.Status.LAPSED);
        assertThat(late.consequence()).contains("lies with NL");
    }

    @Test
    void jawo_C163_17_abscondingExtendsTransferPeriodToEighteenMonths() {
        // C-163/17 Jawo, 19 March 2019: an applicant "absconds" when deliberately evading the authorities; the
        // requesting State may extend the transfer period to 18 months (art. 29(2)) by informing the responsible
        // State before the six months end.
        DublinCase c = adultInNl("2025-01-15")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-02-01"), IT))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-02-20")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2025-05-10")))
                .build();
        TimeLimit transfer = last(DublinTimeline.of(c).on(d("2025-09-01")));
        assertThat(transfer.step()).contains("absconding");
        assertThat(transfer.deadline().deadline()).isEqualTo(d("2026-08-20")); // 2025-02-20 + 18 months
        assertThat(transfer.status()).isEqualTo(TimeLimit.Status.OPEN);
        // absconding after the six months ended cannot revive the period
        DublinCase tooLate = adultInNl("2025-01-15")
                .event(DublinEvent.of(Kind.TAKE_CHARGE_REQUEST, d("2025-02-01"), IT))
                .event(DublinEvent.of(Kind.ACCEPTED, d("2025-02-20")))
                .event(DublinEvent.of(Kind.ABSCONDING, d("2025-08-21")))
                .build();
        TimeLimit t = last(DublinTimeline.of(tooLate).on(d("2025-09-01")));
        assertThat(t.deadline().deadline()).isEqualTo(d("2025-08-20"));
        assertThat(t.status()).isEqualTo(TimeLimit.Status.LAPSED);
        assertThat(t.consequence()).contains("responsibility passes to NL", "art. 29(2)");
    }

    @Test
    void jafari_C646_16_and_AS_C490_16_toleratedCrossingIsIrregular() {
        // C-646/16 Jafari and C-490/16 A.S., 26 July 2017: crossing tolerated by the authorities during the 2015–16
        // humanitarian crisis is an "irregular crossing" under art. 13(1): the first State entered is responsible.
        DublinCase c = DublinCase.builder(
                        Applicant.of(d("1985-02-02"), "AF", false), Application.of(AT, d("2016-02-26")))
                // the sisters in Jafari first entered Greece, left the Union through the Western Balkans, and were let
                // across the Croatian border: the later crossing into Croatia is the one that counts
                .entry(Entry.of(GR, d("2016-01-20"), Entry.Kind.IRREGULAR_CROSSING))
                .departure(Departure.of(d("2016-01-25"), d("2016-02-15")))
                .entry(new Entry(HR, d("2016-02-15"), Entry.Kind.IRREGULAR_CROSSING, true))
                .build();
        DublinResult r = Dublin.determine(c);
        assertThat(r.responsibleState()).isEqualTo(HR);
        assertThat(r.article()).isEqualTo("art. 13(1)");
        assertThat(r.explanation().toString()).contains("C-646/16 Jafari");
    }

    @Test
    void ma_C648_11_unaccompaniedMinorStaysWherePresentAfterLodging() {
        // C-648/11 MA, 6 June 2013: an unaccompanied minor with no family in a Member State who lodged applications in
        // several States: the State where the minor is present after lodging an application there is responsible.
        DublinCase c = unaccompaniedMinorIn(NL, "2025-03-10")
                .previousApplication(PreviousApplication.of(IT, d("2024-12-01"), PreviousApplication.Status.REJECTED))
                .build();
        DublinResult r = Dublin.determine(c);
        assertThat(r.responsibleState()).isEqualTo(NL);
        assertThat(r.article()).isEqualTo("art. 8(4)");
        assertThat(r.explanation().toString()).contains("C-648/11 MA");
    }

    private static TimeLimit last(List<TimeLimit> limits) {
        return limits.get(limits.size() - 1);
    }
}
