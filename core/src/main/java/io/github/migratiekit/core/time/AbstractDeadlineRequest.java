package io.github.migratiekit.core.time;

import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.immutables.value.Value;

/**
 * What is needed to compute one deadline: the event that starts the term, the term and its source, the calculus,
 * the calendar, and any suspensions and extensions. Build one with {@code DeadlineRequest.builder()}.
 *
 * <p>Not API: the public type is the generated, immutable and thread-safe {@link DeadlineRequest} (style: {@link
 * ValueStyle}).
 */
@Value.Immutable
@ValueStyle
abstract class AbstractDeadlineRequest {

    AbstractDeadlineRequest() {}

    /** {@return what the deadline is for, e.g. {@code "asylum decision period"}; {@code "term"} by default} */
    @Value.Default
    public String label() {
        return "term";
    }

    /**
     * {@return the day of the event from which the term runs (receipt of the application, announcement of the
     * decision)}
     */
    public abstract LocalDate start();

    /** {@return the term; must not be negative} */
    public abstract Period term();

    /** {@return the source of the term} */
    public abstract LegalSource termSource();

    /** {@return how the term is counted} */
    public abstract DeadlineCalculus calculus();

    /** {@return the working-day calendar used when the calculus rolls; the Atw calendar by default} */
    @Value.Default
    public WorkingDayCalendar calendar() {
        return AtwCalendar.standard();
    }

    /** {@return the periods during which the term stands still; each must start after {@link #start()}} */
    public abstract List<Suspension> suspensions();

    /** {@return the individual extensions, in any order; they are applied in the order of their decision dates} */
    public abstract List<Extension> extensions();

    /**
     * {@return the extensions that apply by operation of a rule (e.g. a policy rule extending all asylum decision
     * periods for applications lodged in 2023); applied before individual extensions, without a timeliness check}
     */
    public abstract List<CategoricalExtension> categoricalExtensions();
}
