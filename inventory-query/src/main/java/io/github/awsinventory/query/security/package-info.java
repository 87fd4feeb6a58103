/**
 * The security check: {@link io.github.awsinventory.query.security.SecurityRule}s evaluated over
 * resources into a {@link io.github.awsinventory.query.security.SecurityReport} of
 * {@link io.github.awsinventory.query.security.Finding}s.
 *
 * <pre>{@code
 * SecurityCheck check = SecurityCheck.of(SecurityRules.discover());   // built-in + ServiceLoader rules
 * SecurityReport report = check.run(query.resources(ResourceQuery.all()), Instant.now());
 * Reports.printText(report, new PrintWriter(System.out));
 * if (report.hasFailures()) {
 *   System.exit(4);
 * }
 * }</pre>
 *
 * <p>The built-in rules and how to write your own are described in {@code docs/SECURITY_RULES.md}; the
 * report's JSON in {@code docs/REPORTS.md}.
 */
@InventoryStyle
package io.github.awsinventory.query.security;

import io.github.awsinventory.model.InventoryStyle;
