package io.github.migratiekit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.legal.Sources;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value and builder contract of {@link DeadlineRequest}: defaults, copies, refusals naming the field. */
class DeadlineRequestTest {

    private static final Suspension FEBRUARY =
            Suspension.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15), SuspensionGround.INCOMPLETE_APPLICATION);
    private static final Suspension MARCH =
            Suspension.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), SuspensionGround.INCOMPLETE_APPLICATION);

    private static DeadlineRequest.Builder complete() {
        return DeadlineRequest.builder()
                .start(LocalDate.of(2026, 1, 12))
                .term(Period.ofDays(90))
                .termSource(Sources.ATW)
                .calculus(DeadlineCalculus.DUTCH_STATUTORY);
    }

    @Test
    void labelAndCalendarHaveDefaults() {
        DeadlineRequest r = complete().build();
        assertThat(r.label()).isEqualTo("term");
        assertThat(r.calendar()).isSameAs(AtwCalendar.standard());
        assertThat(r.suspensions()).isEmpty();
        assertThat(r.extensions()).isEmpty();
        assertThat(r.categoricalExtensions()).isEmpty();
    }

    @Test
    void aMissingRequiredAttributeIsNamed() {
        assertThatThrownBy(() -> DeadlineRequest.builder().build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("start: is required; not set on the builder: start, term, termSource, calculus");
        assertThatThrownBy(() -> DeadlineRequest.builder()
                        .start(LocalDate.of(2026, 1, 12))
                        .term(Period.ofDays(90))
                        .termSource(Sources.ATW)
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("calculus: is required; not set on the builder: calculus");
    }

    @Test
    void theListsAreImmutableCopies() {
        List<Suspension> given = new ArrayList<>(List.of(FEBRUARY));
        DeadlineRequest r = complete().suspensions(given).build();
        given.add(MARCH);
        assertThat(r.suspensions()).containsExactly(FEBRUARY);
        assertThatThrownBy(() -> r.suspensions().add(MARCH)).isInstanceOf(UnsupportedOperationException.class);
        DeadlineRequest two = r.withSuspensions(FEBRUARY, MARCH);
        assertThatThrownBy(() -> two.suspensions().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(two.suspensions()).containsExactly(FEBRUARY, MARCH);
        assertThat(r.suspensions()).containsExactly(FEBRUARY);
    }

    @Test
    void collectionMethodsReplaceOrAdd() {
        DeadlineRequest.Builder b = complete().addSuspensions(FEBRUARY).suspensions(List.of(MARCH));
        assertThat(b.build().suspensions()).containsExactly(MARCH);
        b.addAllSuspensions(List.of(FEBRUARY)).addSuspensions(MARCH, MARCH);
        assertThat(b.build().suspensions()).containsExactly(MARCH, FEBRUARY, MARCH, MARCH);
        DeadlineRequest r = complete().label("x").build();
        DeadlineRequest copied = DeadlineRequest.builder().from(r).build();
        assertThat(copied).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(copied.label()).isEqualTo("x");
    }

    @Test
    void aNullArrayOrIterableIsRefusedWithTheFieldName() {
        assertThatThrownBy(() -> complete().addSuspensions((Suspension[]) null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("suspensions: must not be null");
        assertThatThrownBy(() -> complete().addAllExtensions(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("extensions: must not be null");
        assertThatThrownBy(() -> complete().categoricalExtensions(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("categoricalExtensions: must not be null");
        DeadlineRequest r = complete().build();
        assertThatThrownBy(() -> r.withSuspensions((Iterable<Suspension>) null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("suspensions: must not be null");
        assertThatThrownBy(() -> r.withExtensions((Extension[]) null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("extensions: must not be null");
    }

    @Test
    void aNullElementIsNamedByItsIndexAndLeavesTheBuilderUnchanged() {
        DeadlineRequest.Builder b = complete().addSuspensions(FEBRUARY);
        // index 2: FEBRUARY is at 0, MARCH would be at 1
        assertThatThrownBy(() -> b.addAllSuspensions(Arrays.asList(MARCH, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("suspensions[2]: must not be null");
        assertThatThrownBy(() -> b.suspensions(Arrays.asList(MARCH, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("suspensions[1]: must not be null");
        assertThat(b.build().suspensions()).containsExactly(FEBRUARY);
        assertThatThrownBy(() -> b.build().withSuspensions(FEBRUARY, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("suspensions[1]: must not be null");
    }

    @Test
    void withCopiesChangeOneAttribute() {
        DeadlineRequest r = complete().build();
        DeadlineRequest later = r.withStart(LocalDate.of(2026, 2, 1));
        assertThat(later.start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(later.term()).isEqualTo(Period.ofDays(90));
        assertThat(later).isNotEqualTo(r);
        assertThat(r.start()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(r.withLabel("term")).isSameAs(r);
        assertThat(r.withCalculus(DeadlineCalculus.DUBLIN_ART_42).calculus()).isEqualTo(DeadlineCalculus.DUBLIN_ART_42);
        assertThatThrownBy(() -> r.withTermSource(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("termSource: must not be null");
    }

    @Test
    void toStringListsTheAttributesInOrder() {
        String s = complete().build().toString();
        assertThat(s)
                .startsWith("DeadlineRequest{label=term, start=2026-01-12, term=P90D, termSource=")
                .contains(", calculus=DUTCH_STATUTORY, calendar=")
                .endsWith(", suspensions=[], extensions=[], categoricalExtensions=[]}");
    }
}
