package io.github.awsinventory.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in aws-inventory: the generated implementation is hidden
 * behind the abstract type, which exposes {@code builder()} and {@code toBuilder()}.
 *
 * <p>Public only so that other aws-inventory modules can apply it to their packages; not meant for
 * users' own types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true,
    allParameters = false)
public @interface InventoryStyle {}
