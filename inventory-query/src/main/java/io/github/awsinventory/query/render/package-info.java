/**
 * The building blocks the reports are rendered with, for programs that print the inventory their own way
 * in the reports' style: {@link io.github.awsinventory.query.render.TextTable}, an aligned terminal table,
 * and {@link io.github.awsinventory.query.render.Money}, how amounts are shown as text and rounded for
 * JSON and CSV.
 *
 * <pre>{@code
 * TextTable table = new TextTable("NAME", "MONTHLY COST").numeric(1);
 * resources.forEach(r -> table.row(r.name(), Money.text(r.estimatedMonthlyCost().orElse(null))));
 * table.print(out, "");
 * }</pre>
 *
 * <p>The reports themselves render with {@link io.github.awsinventory.query.report.Reports} (JSON, CSV,
 * text) and {@link io.github.awsinventory.query.report.RunReportView} (a collection run's report).
 */
package io.github.awsinventory.query.render;
