package io.github.migratiekit.core.time;

import io.github.migratiekit.core.InvalidInputException;
import io.github.migratiekit.core.internal.Checks;
import io.github.migratiekit.core.legal.LegalSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to compute one deadline: the event that starts the term, the term and its source, the calculus,
 * the calendar, and any suspensions and extensions. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * DeadlineRequest.builder()
 *         .label("Dublin transfer period")             // optional, "term" by default
 *         .start(LocalDate.of(2025, 8, 31))             // required
 *         .term(Period.ofMonths(6))                     // required
 *         .termSource(Sources.DUBLIN_III.withArticle("art. 29(1)")) // required
 *         .calculus(DeadlineCalculus.DUBLIN_ART_42)     // required
 *         .calendar(AtwCalendar.standard())             // optional, the Atw calendar by default
 *         .addSuspensions(...)                          // optional, as are extensions and categorical extensions
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the lists are immutable copies. Null-free: every factory, builder and copy method
 * refuses a {@code null} value, array, {@code Iterable} or element with an {@link InvalidInputException} naming the
 * field, e.g. {@code "start: must not be null"} or {@code "suspensions[1]: must not be null"}.
 */
public final class DeadlineRequest {
    private static final String DEFAULT_LABEL = "term";

    private final String label;
    private final LocalDate start;
    private final Period term;
    private final LegalSource termSource;
    private final DeadlineCalculus calculus;
    private final WorkingDayCalendar calendar;
    private final List<Suspension> suspensions;
    private final List<Extension> extensions;
    private final List<CategoricalExtension> categoricalExtensions;

    /** The lists must be immutable already. */
    private DeadlineRequest(
            String label,
            LocalDate start,
            Period term,
            LegalSource termSource,
            DeadlineCalculus calculus,
            WorkingDayCalendar calendar,
            List<Suspension> suspensions,
            List<Extension> extensions,
            List<CategoricalExtension> categoricalExtensions) {
        this.label = label;
        this.start = start;
        this.term = term;
        this.termSource = termSource;
        this.calculus = calculus;
        this.calendar = calendar;
        this.suspensions = suspensions;
        this.extensions = extensions;
        this.categoricalExtensions = categoricalExtensions;
    }

    /**
     * Creates an empty builder.
     *
     * @return a new builder; {@link Builder#start}, {@link Builder#term}, {@link Builder#termSource} and {@link
     *     Builder#calculus} must be set before {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return what the deadline is for, e.g. {@code "asylum decision period"}; {@code "term"} by default} */
    public String label() {
        return label;
    }

    /**
     * {@return the day of the event from which the term runs (receipt of the application, announcement of the
     * decision)}
     */
    public LocalDate start() {
        return start;
    }

    /** {@return the term; must not be negative} */
    public Period term() {
        return term;
    }

    /** {@return the source of the term} */
    public LegalSource termSource() {
        return termSource;
    }

    /** {@return how the term is counted} */
    public DeadlineCalculus calculus() {
        return calculus;
    }

    /** {@return the working-day calendar used when the calculus rolls; the Atw calendar by default} */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** {@return the periods during which the term stands still; each must start after {@link #start()}} */
    public List<Suspension> suspensions() {
        return suspensions;
    }

    /** {@return the individual extensions, in any order; they are applied in the order of their decision dates} */
    public List<Extension> extensions() {
        return extensions;
    }

    /**
     * {@return the extensions that apply by operation of a rule (e.g. a policy rule extending all asylum decision
     * periods for applications lodged in 2023); applied before individual extensions, without a timeliness check}
     */
    public List<CategoricalExtension> categoricalExtensions() {
        return categoricalExtensions;
    }

    /**
     * Copies this request with another {@link #label()}.
     *
     * @param value the new label
     * @return the copy, or {@code this} if the label is equal
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public DeadlineRequest withLabel(String value) {
        Checks.nonNull(value, "label");
        if (label.equals(value)) {
            return this;
        }
        return new DeadlineRequest(
                value, start, term, termSource, calculus, calendar, suspensions, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with another {@link #start()}.
     *
     * @param value the new start
     * @return the copy, or {@code this} if the start is equal
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public DeadlineRequest withStart(LocalDate value) {
        Checks.nonNull(value, "start");
        if (start.equals(value)) {
            return this;
        }
        return new DeadlineRequest(
                label, value, term, termSource, calculus, calendar, suspensions, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with another {@link #term()}.
     *
     * @param value the new term
     * @return the copy, or {@code this} if the term is equal
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public DeadlineRequest withTerm(Period value) {
        Checks.nonNull(value, "term");
        if (term.equals(value)) {
            return this;
        }
        return new DeadlineRequest(
                label, start, value, termSource, calculus, calendar, suspensions, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with another {@link #termSource()}.
     *
     * @param value the new source of the term
     * @return the copy, or {@code this} if the source is equal
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public DeadlineRequest withTermSource(LegalSource value) {
        Checks.nonNull(value, "termSource");
        if (termSource.equals(value)) {
            return this;
        }
        return new DeadlineRequest(
                label, start, term, value, calculus, calendar, suspensions, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with another {@link #calculus()}.
     *
     * @param value the new calculus
     * @return the copy, or {@code this} if the calculus is the same
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public DeadlineRequest withCalculus(DeadlineCalculus value) {
        Checks.nonNull(value, "calculus");
        if (calculus == value) {
            return this;
        }
        return new DeadlineRequest(
                label, start, term, termSource, value, calendar, suspensions, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with another {@link #calendar()}.
     *
     * @param value the new working-day calendar
     * @return the copy, or {@code this} if the calendar is equal
     * @throws InvalidInputException if {@code value} is {@code null}
     */
    public DeadlineRequest withCalendar(WorkingDayCalendar value) {
        Checks.nonNull(value, "calendar");
        if (calendar.equals(value)) {
            return this;
        }
        return new DeadlineRequest(
                label, start, term, termSource, calculus, value, suspensions, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with other {@link #suspensions()}.
     *
     * @param elements the suspensions that replace the current ones
     * @return the copy
     * @throws InvalidInputException if the array or an element is {@code null}
     */
    public DeadlineRequest withSuspensions(Suspension... elements) {
        Checks.nonNullShallow(elements, "suspensions");
        return withSuspensions(Arrays.asList(elements));
    }

    /**
     * Copies this request with other {@link #suspensions()}.
     *
     * @param elements the suspensions that replace the current ones
     * @return the copy, or {@code this} if {@code elements} is this request's own list
     * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
     */
    public DeadlineRequest withSuspensions(Iterable<? extends Suspension> elements) {
        if (elements == suspensions) {
            return this;
        }
        List<Suspension> value = immutable(checked(elements, "suspensions", 0));
        return new DeadlineRequest(
                label, start, term, termSource, calculus, calendar, value, extensions, categoricalExtensions);
    }

    /**
     * Copies this request with other {@link #extensions()}.
     *
     * @param elements the extensions that replace the current ones
     * @return the copy
     * @throws InvalidInputException if the array or an element is {@code null}
     */
    public DeadlineRequest withExtensions(Extension... elements) {
        Checks.nonNullShallow(elements, "extensions");
        return withExtensions(Arrays.asList(elements));
    }

    /**
     * Copies this request with other {@link #extensions()}.
     *
     * @param elements the extensions that replace the current ones
     * @return the copy, or {@code this} if {@code elements} is this request's own list
     * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
     */
    public DeadlineRequest withExtensions(Iterable<? extends Extension> elements) {
        if (elements == extensions) {
            return this;
        }
        List<Extension> value = immutable(checked(elements, "extensions", 0));
        return new DeadlineRequest(
                label, start, term, termSource, calculus, calendar, suspensions, value, categoricalExtensions);
    }

    /**
     * Copies this request with other {@link #categoricalExtensions()}.
     *
     * @param elements the categorical extensions that replace the current ones
     * @return the copy
     * @throws InvalidInputException if the array or an element is {@code null}
     */
    public DeadlineRequest withCategoricalExtensions(CategoricalExtension... elements) {
        Checks.nonNullShallow(elements, "categoricalExtensions");
        return withCategoricalExtensions(Arrays.asList(elements));
    }

    /**
     * Copies this request with other {@link #categoricalExtensions()}.
     *
     * @param elements the categorical extensions that replace the current ones
     * @return the copy, or {@code this} if {@code elements} is this request's own list
     * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
     */
    public DeadlineRequest withCategoricalExtensions(Iterable<? extends CategoricalExtension> elements) {
        if (elements == categoricalExtensions) {
            return this;
        }
        List<CategoricalExtension> value = immutable(checked(elements, "categoricalExtensions", 0));
        return new DeadlineRequest(label, start, term, termSource, calculus, calendar, suspensions, extensions, value);
    }

    /**
     * Two requests are equal when all their attributes are equal.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a {@code DeadlineRequest} with equal attributes
     */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof DeadlineRequest o
                && label.equals(o.label)
                && start.equals(o.start)
                && term.equals(o.term)
                && termSource.equals(o.termSource)
                && calculus.equals(o.calculus)
                && calendar.equals(o.calendar)
                && suspensions.equals(o.suspensions)
                && extensions.equals(o.extensions)
                && categoricalExtensions.equals(o.categoricalExtensions);
    }

    /**
     * A hash code of all attributes, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + label.hashCode();
        h += (h << 5) + start.hashCode();
        h += (h << 5) + term.hashCode();
        h += (h << 5) + termSource.hashCode();
        h += (h << 5) + calculus.hashCode();
        h += (h << 5) + calendar.hashCode();
        h += (h << 5) + suspensions.hashCode();
        h += (h << 5) + extensions.hashCode();
        h += (h << 5) + categoricalExtensions.hashCode();
        return h;
    }

    /**
     * All attributes, e.g. {@code DeadlineRequest{label=term, start=2026-01-12, term=P90D, ...}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "DeadlineRequest{"
                + "label=" + label
                + ", start=" + start
                + ", term=" + term
                + ", termSource=" + termSource
                + ", calculus=" + calculus
                + ", calendar=" + calendar
                + ", suspensions=" + suspensions
                + ", extensions=" + extensions
                + ", categoricalExtensions=" + categoricalExtensions
                + "}";
    }

    /**
     * The elements in a new list, refusing a {@code null} {@code Iterable} and a {@code null} element; element
     * {@code i} is named {@code field[offset + i]}, its index in the list it joins.
     */
    private static <T> List<T> checked(Iterable<? extends T> elements, String field, int offset) {
        Checks.nonNullShallow(elements, field);
        List<T> list = new ArrayList<>();
        for (T element : elements) {
            list.add(Checks.nonNull(element, field + "[" + (offset + list.size()) + "]"));
        }
        return list;
    }

    private static <T> List<T> immutable(List<T> list) {
        return switch (list.size()) {
            case 0 -> Collections.emptyList();
            case 1 -> Collections.singletonList(list.get(0));
            default -> Collections.unmodifiableList(new ArrayList<>(list));
        };
    }

    /**
     * Collects the attributes of a {@link DeadlineRequest}. Not thread-safe: use one from one thread, then call
     * {@link #build()}. Each method refuses {@code null} with an {@link InvalidInputException} naming the field and
     * leaves the builder unchanged when it does.
     */
    public static final class Builder {
        private @Nullable String label;
        private @Nullable LocalDate start;
        private @Nullable Period term;
        private @Nullable LegalSource termSource;
        private @Nullable DeadlineCalculus calculus;
        private @Nullable WorkingDayCalendar calendar;
        private final List<Suspension> suspensions = new ArrayList<>();
        private final List<Extension> extensions = new ArrayList<>();
        private final List<CategoricalExtension> categoricalExtensions = new ArrayList<>();

        private Builder() {}

        /**
         * Fills this builder from a request: the label, start, term, source, calculus and calendar are replaced, the
         * suspensions and extensions are added to those already given.
         *
         * @param instance the request to copy
         * @return this builder
         * @throws InvalidInputException if {@code instance} is {@code null}
         */
        public Builder from(DeadlineRequest instance) {
            Checks.nonNull(instance, "instance");
            label = instance.label;
            start = instance.start;
            term = instance.term;
            termSource = instance.termSource;
            calculus = instance.calculus;
            calendar = instance.calendar;
            suspensions.addAll(instance.suspensions);
            extensions.addAll(instance.extensions);
            categoricalExtensions.addAll(instance.categoricalExtensions);
            return this;
        }

        /**
         * Sets {@link DeadlineRequest#label()}; {@code "term"} if not set.
         *
         * @param label what the deadline is for
         * @return this builder
         * @throws InvalidInputException if {@code label} is {@code null}
         */
        public Builder label(String label) {
            this.label = Checks.nonNull(label, "label");
            return this;
        }

        /**
         * Sets {@link DeadlineRequest#start()}; required.
         *
         * @param start the day of the event from which the term runs
         * @return this builder
         * @throws InvalidInputException if {@code start} is {@code null}
         */
        public Builder start(LocalDate start) {
            this.start = Checks.nonNull(start, "start");
            return this;
        }

        /**
         * Sets {@link DeadlineRequest#term()}; required.
         *
         * @param term the term
         * @return this builder
         * @throws InvalidInputException if {@code term} is {@code null}
         */
        public Builder term(Period term) {
            this.term = Checks.nonNull(term, "term");
            return this;
        }

        /**
         * Sets {@link DeadlineRequest#termSource()}; required.
         *
         * @param termSource the source of the term
         * @return this builder
         * @throws InvalidInputException if {@code termSource} is {@code null}
         */
        public Builder termSource(LegalSource termSource) {
            this.termSource = Checks.nonNull(termSource, "termSource");
            return this;
        }

        /**
         * Sets {@link DeadlineRequest#calculus()}; required.
         *
         * @param calculus how the term is counted
         * @return this builder
         * @throws InvalidInputException if {@code calculus} is {@code null}
         */
        public Builder calculus(DeadlineCalculus calculus) {
            this.calculus = Checks.nonNull(calculus, "calculus");
            return this;
        }

        /**
         * Sets {@link DeadlineRequest#calendar()}; {@link AtwCalendar#standard()} if not set.
         *
         * @param calendar the working-day calendar
         * @return this builder
         * @throws InvalidInputException if {@code calendar} is {@code null}
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = Checks.nonNull(calendar, "calendar");
            return this;
        }

        /**
         * Adds one suspension to {@link DeadlineRequest#suspensions()}.
         *
         * @param element the suspension
         * @return this builder
         * @throws InvalidInputException if {@code element} is {@code null}
         */
        public Builder addSuspensions(Suspension element) {
            suspensions.add(Checks.nonNull(element, "suspensions[" + suspensions.size() + "]"));
            return this;
        }

        /**
         * Adds suspensions to {@link DeadlineRequest#suspensions()}.
         *
         * @param elements the suspensions
         * @return this builder
         * @throws InvalidInputException if the array or an element is {@code null}
         */
        public Builder addSuspensions(Suspension... elements) {
            Checks.nonNullShallow(elements, "suspensions");
            return addAllSuspensions(Arrays.asList(elements));
        }

        /**
         * Replaces {@link DeadlineRequest#suspensions()}.
         *
         * @param elements the suspensions
         * @return this builder
         * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
         */
        public Builder suspensions(Iterable<? extends Suspension> elements) {
            List<Suspension> checked = checked(elements, "suspensions", 0);
            suspensions.clear();
            suspensions.addAll(checked);
            return this;
        }

        /**
         * Adds suspensions to {@link DeadlineRequest#suspensions()}.
         *
         * @param elements the suspensions
         * @return this builder
         * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
         */
        public Builder addAllSuspensions(Iterable<? extends Suspension> elements) {
            suspensions.addAll(checked(elements, "suspensions", suspensions.size()));
            return this;
        }

        /**
         * Adds one extension to {@link DeadlineRequest#extensions()}.
         *
         * @param element the extension
         * @return this builder
         * @throws InvalidInputException if {@code element} is {@code null}
         */
        public Builder addExtensions(Extension element) {
            extensions.add(Checks.nonNull(element, "extensions[" + extensions.size() + "]"));
            return this;
        }

        /**
         * Adds extensions to {@link DeadlineRequest#extensions()}.
         *
         * @param elements the extensions
         * @return this builder
         * @throws InvalidInputException if the array or an element is {@code null}
         */
        public Builder addExtensions(Extension... elements) {
            Checks.nonNullShallow(elements, "extensions");
            return addAllExtensions(Arrays.asList(elements));
        }

        /**
         * Replaces {@link DeadlineRequest#extensions()}.
         *
         * @param elements the extensions
         * @return this builder
         * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
         */
        public Builder extensions(Iterable<? extends Extension> elements) {
            List<Extension> checked = checked(elements, "extensions", 0);
            extensions.clear();
            extensions.addAll(checked);
            return this;
        }

        /**
         * Adds extensions to {@link DeadlineRequest#extensions()}.
         *
         * @param elements the extensions
         * @return this builder
         * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
         */
        public Builder addAllExtensions(Iterable<? extends Extension> elements) {
            extensions.addAll(checked(elements, "extensions", extensions.size()));
            return this;
        }

        /**
         * Adds one categorical extension to {@link DeadlineRequest#categoricalExtensions()}.
         *
         * @param element the categorical extension
         * @return this builder
         * @throws InvalidInputException if {@code element} is {@code null}
         */
        public Builder addCategoricalExtensions(CategoricalExtension element) {
            categoricalExtensions.add(
                    Checks.nonNull(element, "categoricalExtensions[" + categoricalExtensions.size() + "]"));
            return this;
        }

        /**
         * Adds categorical extensions to {@link DeadlineRequest#categoricalExtensions()}.
         *
         * @param elements the categorical extensions
         * @return this builder
         * @throws InvalidInputException if the array or an element is {@code null}
         */
        public Builder addCategoricalExtensions(CategoricalExtension... elements) {
            Checks.nonNullShallow(elements, "categoricalExtensions");
            return addAllCategoricalExtensions(Arrays.asList(elements));
        }

        /**
         * Replaces {@link DeadlineRequest#categoricalExtensions()}.
         *
         * @param elements the categorical extensions
         * @return this builder
         * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
         */
        public Builder categoricalExtensions(Iterable<? extends CategoricalExtension> elements) {
            List<CategoricalExtension> checked = checked(elements, "categoricalExtensions", 0);
            categoricalExtensions.clear();
            categoricalExtensions.addAll(checked);
            return this;
        }

        /**
         * Adds categorical extensions to {@link DeadlineRequest#categoricalExtensions()}.
         *
         * @param elements the categorical extensions
         * @return this builder
         * @throws InvalidInputException if the {@code Iterable} or an element is {@code null}
         */
        public Builder addAllCategoricalExtensions(Iterable<? extends CategoricalExtension> elements) {
            categoricalExtensions.addAll(checked(elements, "categoricalExtensions", categoricalExtensions.size()));
            return this;
        }

        /**
         * Builds the request. The builder can be used again afterwards; the request does not change with it.
         *
         * @return the request
         * @throws InvalidInputException if {@code start}, {@code term}, {@code termSource} or {@code calculus} was not
         *     set; the field is the first one missing, the message names all of them
         */
        public DeadlineRequest build() {
            LocalDate s = start;
            Period t = term;
            LegalSource ts = termSource;
            DeadlineCalculus c = calculus;
            if (s == null || t == null || ts == null || c == null) {
                List<String> missing = new ArrayList<>();
                if (s == null) {
                    missing.add("start");
                }
                if (t == null) {
                    missing.add("term");
                }
                if (ts == null) {
                    missing.add("termSource");
                }
                if (c == null) {
                    missing.add("calculus");
                }
                throw new InvalidInputException(
                        missing.get(0), "is required; not set on the builder: " + String.join(", ", missing));
            }
            String l = label;
            WorkingDayCalendar cal = calendar;
            return new DeadlineRequest(
                    l == null ? DEFAULT_LABEL : l,
                    s,
                    t,
                    ts,
                    c,
                    cal == null ? AtwCalendar.standard() : cal,
                    immutable(suspensions),
                    immutable(extensions),
                    immutable(categoricalExtensions));
        }
    }
}
