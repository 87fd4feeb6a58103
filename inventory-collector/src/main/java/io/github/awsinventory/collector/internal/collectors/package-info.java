/**
 * The built-in resource collectors, registered through {@link java.util.ServiceLoader} like any custom
 * one. Not part of the API: use them through the collector, by type name.
 */
package io.github.awsinventory.collector.internal.collectors;
