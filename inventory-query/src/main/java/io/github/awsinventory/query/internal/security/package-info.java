/**
 * The built-in security rules and the engine behind {@link io.github.awsinventory.query.security}; not part
 * of the API and free to change in any release. Use {@code SecurityRules.builtIn()} to get the rules.
 */
package io.github.awsinventory.query.internal.security;
