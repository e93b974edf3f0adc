package io.github.migratiekit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every Migratiekit module.
 *
 * <p>Abstract value types are named {@code AbstractX} or {@code XDef} and the generated immutable class gets the
 * clean public name {@code X}; builders are created with {@code X.builder()}; copies with {@code withY(…)}. No
 * nulls are accepted anywhere; collections are copied into immutable ones.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        typeAbstract = {"Abstract*", "*Def"},
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true),
        jdkOnly = true,
        allParameters = false,
        get = {"get*", "*"})
public @interface MigratiekitStyle {}
