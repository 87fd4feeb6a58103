package io.github.awsinventory.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.awsinventory.query.QueryException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.table.TableLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes resources as CSV or JSON Lines, one at a time as they are read: the inventory is never held in
 * memory. Both formats have the same fields; in CSV, {@code tags} and {@code attributes} are JSON objects
 * in one cell and {@code unknown_attributes} is a semicolon-separated list.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path);
 *     Stream<Resource> resources = query.resources(ResourceQuery.byDepartment("platform"))) {
 *   long written = InventoryExport.write(resources, InventoryExport.Format.CSV, out);
 * }
 * }</pre>
 */
public final class InventoryExport {

  /** The export formats. */
  public enum Format {
    /** RFC 4180 CSV with a header, protected against formula injection (see {@link Csv}). */
    CSV,
    /** One JSON object per line (UTF-8, no byte-order mark). */
    JSONL;

    /**
     * Parses {@code csv} or {@code jsonl}.
     *
     * @param text the name, in any case
     * @return the format
     * @throws QueryException when the name is neither
     */
    public static Format parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new QueryException("format must be csv or jsonl (was '" + text + "')", e);
      }
    }
  }

  /** The fields, in order. */
  public static final List<String> FIELDS = List.of("resource_id", "resource_type", "account_id", "account_name",
      "region", "name", "state", "department", "estimated_monthly_cost", "cost_basis", "created_at", "first_seen",
      "last_seen", "tags", "attributes", "unknown_attributes");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private InventoryExport() {}

  /**
   * Writes resources.
   *
   * @param resources the resources; consumed, not closed
   * @param format CSV or JSON Lines
   * @param out where to write; flushed, not closed
   * @return how many resources were written
   * @throws UncheckedIOException when writing fails
   */
  public static long write(Stream<Resource> resources, Format format, Writer out) {
    long count = 0;
    try {
      if (format == Format.CSV) {
        Csv.writeRecord(out, FIELDS);
      }
      Iterator<Resource> it = resources.iterator();
      while (it.hasNext()) {
        Resource resource = it.next();
        if (format == Format.CSV) {
          Csv.writeRecord(out, csvRow(resource));
        } else {
          out.write(JSON.writeValueAsString(fields(resource)));
          out.write('\n');
        }
        count++;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the export", e);
    }
    return count;
  }

  /**
   * A resource as the export's fields (JSON-like values).
   *
   * @param r the resource
   * @return field name to value, in {@link #FIELDS} order
   */
  public static Map<String, Object> fields(Resource r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("resource_id", r.resourceId());
    fields.put("resource_type", r.resourceType().name());
    fields.put("account_id", r.accountId());
    fields.put("account_name", r.accountName());
    fields.put("region", r.region());
    fields.put("name", r.name());
    fields.put("state", r.state().orElse(null));
    fields.put("department", r.department());
    fields.put("estimated_monthly_cost", r.estimatedMonthlyCost().orElse(null));
    fields.put("cost_basis", r.costBasis().orElse(null));
    fields.put("created_at", r.createdAt().map(TableLayout::timestamp).orElse(null));
    fields.put("first_seen", TableLayout.timestamp(r.firstSeen()));
    fields.put("last_seen", TableLayout.timestamp(r.lastSeen()));
    fields.put("tags", r.tags());
    fields.put("attributes", r.attributes());
    fields.put("unknown_attributes", new ArrayList<>(r.unknownAttributes()));
    return fields;
  }

  private static List<String> csvRow(Resource r) throws JsonProcessingException {
    Map<String, Object> fields = fields(r);
    List<String> row = new ArrayList<>(FIELDS.size());
    for (String field : FIELDS) {
      Object value = fields.get(field);
      if (value == null) {
        row.add("");
      } else if (value instanceof BigDecimal) {
        row.add(((BigDecimal) value).toPlainString());
      } else if ("unknown_attributes".equals(field)) {
        row.add(String.join(";", r.unknownAttributes()));
      } else if (value instanceof Map<?, ?>) {
        row.add(JSON.writeValueAsString(value));
      } else {
        row.add(value.toString());
      }
    }
    return row;
  }
}
