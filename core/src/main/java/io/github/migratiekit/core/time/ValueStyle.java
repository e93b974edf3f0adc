package io.github.migratiekit.core.time;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package, not API. The abstract type {@code AbstractX} gives the public class {@code
 * X}; builders come from {@code X.builder()}, copies from {@code withY(…)}; no nulls are accepted (a {@code null} is an
 * {@code InvalidInputException} naming the attribute); collections are
 * copied into immutable ones.
 *
 * <p>Nothing of Immutables reaches a user's compiler: this annotation is kept in the sources only, so the class files
 * carry no {@code @Value.Style} with enum constants a user's javac cannot find, and {@code
 * allowedClasspathAnnotations} lets the generator write only {@code @Override}, no {@code @Generated}. A user who
 * compiles with {@code -Xlint:all -Werror} sees no warning from Migratiekit's classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        typeAbstract = {"Abstract*"},
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true),
        jdkOnly = true,
        throwForNullPointer = io.github.migratiekit.core.internal.NullValueException.class,
        allParameters = false,
        get = {"get*", "*"},
        allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
