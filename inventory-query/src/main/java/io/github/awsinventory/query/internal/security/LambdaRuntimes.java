package io.github.awsinventory.query.internal.security;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The deprecation dates of Lambda's managed runtimes: the day from which AWS no longer applies security
 * patches to the runtime (the "Deprecation date" column; creating and updating functions is blocked later).
 *
 * <p>Source: AWS Lambda Developer Guide, "Lambda runtimes",
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html — its "Supported runtimes" table
 * (whose dates are projections) and "Deprecated runtimes" table. Compiled 2026-11. AWS adds runtimes and
 * sometimes moves projected dates: keep this table current. A runtime missing from it is never reported.
 */
final class LambdaRuntimes {

  private static final Map<String, LocalDate> DEPRECATION_DATES = Map.ofEntries(
      // Node.js
      Map.entry("nodejs", LocalDate.of(2016, 10, 31)),
      Map.entry("nodejs4.3", LocalDate.of(2020, 3, 6)),
      Map.entry("nodejs4.3-edge", LocalDate.of(2019, 4, 30)),
      Map.entry("nodejs6.10", LocalDate.of(2019, 8, 12)),
      Map.entry("nodejs8.10", LocalDate.of(2020, 3, 6)),
      Map.entry("nodejs10.x", LocalDate.of(2021, 7, 30)),
      Map.entry("nodejs12.x", LocalDate.of(2023, 3, 31)),
      Map.entry("nodejs14.x", LocalDate.of(2023, 12, 4)),
      Map.entry("nodejs16.x", LocalDate.of(2024, 6, 12)),
      Map.entry("nodejs18.x", LocalDate.of(2025, 9, 1)),
      Map.entry("nodejs20.x", LocalDate.of(2026, 4, 30)),
      Map.entry("nodejs22.x", LocalDate.of(2027, 4, 30)),
      Map.entry("nodejs24.x", LocalDate.of(2028, 4, 30)),
      // Python
      Map.entry("python2.7", LocalDate.of(2021, 7, 15)),
      Map.entry("python3.6", LocalDate.of(2022, 7, 18)),
      Map.entry("python3.7", LocalDate.of(2023, 12, 4)),
      Map.entry("python3.8", LocalDate.of(2024, 10, 14)),
      Map.entry("python3.9", LocalDate.of(2025, 12, 15)),
      Map.entry("python3.10", LocalDate.of(2026, 6, 30)),
      Map.entry("python3.11", LocalDate.of(2026, 6, 30)),
      Map.entry("python3.12", LocalDate.of(2028, 10, 31)),
      Map.entry("python3.13", LocalDate.of(2029, 6, 30)),
      Map.entry("python3.14", LocalDate.of(2029, 6, 30)),
      // Java
      Map.entry("java8", LocalDate.of(2024, 1, 8)),
      Map.entry("java8.al2", LocalDate.of(2026, 6, 30)),
      Map.entry("java11", LocalDate.of(2026, 6, 30)),
      Map.entry("java17", LocalDate.of(2026, 6, 30)),
      Map.entry("java21", LocalDate.of(2029, 6, 30)),
      Map.entry("java25", LocalDate.of(2029, 6, 30)),
      // .NET
      Map.entry("dotnetcore1.0", LocalDate.of(2019, 7, 30)),
      Map.entry("dotnetcore2.0", LocalDate.of(2019, 5, 30)),
      Map.entry("dotnetcore2.1", LocalDate.of(2022, 1, 5)),
      Map.entry("dotnetcore3.1", LocalDate.of(2023, 4, 3)),
      Map.entry("dotnet5.0", LocalDate.of(2022, 5, 10)),
      Map.entry("dotnet6", LocalDate.of(2024, 12, 20)),
      Map.entry("dotnet7", LocalDate.of(2024, 5, 14)),
      Map.entry("dotnet8", LocalDate.of(2026, 11, 10)),
      Map.entry("dotnet10", LocalDate.of(2028, 11, 14)),
      // Ruby
      Map.entry("ruby2.5", LocalDate.of(2021, 7, 30)),
      Map.entry("ruby2.7", LocalDate.of(2023, 12, 7)),
      Map.entry("ruby3.2", LocalDate.of(2026, 3, 31)),
      Map.entry("ruby3.3", LocalDate.of(2027, 3, 31)),
      Map.entry("ruby3.4", LocalDate.of(2028, 3, 31)),
      // Go and OS-only runtimes
      Map.entry("go1.x", LocalDate.of(2024, 1, 8)),
      Map.entry("provided", LocalDate.of(2024, 1, 8)),
      Map.entry("provided.al2", LocalDate.of(2026, 6, 30)),
      Map.entry("provided.al2023", LocalDate.of(2029, 6, 30)));

  private LambdaRuntimes() {}

  /**
   * The runtime's deprecation date, when the table knows it.
   *
   * @param runtime a runtime identifier such as {@code python3.8}
   * @return the date
   */
  static Optional<LocalDate> deprecationDate(String runtime) {
    return Optional.ofNullable(DEPRECATION_DATES.get(runtime));
  }

  /** Every runtime of the table, for tests. */
  static Map<String, LocalDate> all() {
    return DEPRECATION_DATES;
  }
}
