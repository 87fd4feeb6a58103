package io.github.awsinventory.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of resources with unicode, empty and nested values and extreme numbers. */
public final class ResourceArbitraries {

  private ResourceArbitraries() {}

  /**
   * Arbitrary resources whose numbers fit DynamoDB (38 digits, magnitude 1E-130 to below 1E+126).
   *
   * @return resources
   */
  public static Arbitrary<Resource> resources() {
    Arbitrary<String> accountIds = Arbitraries.strings().numeric().ofLength(12);
    Arbitrary<ResourceType> types = Arbitraries.oneOf(Arbitraries.of(ResourceType.builtIn()),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20).map(ResourceType::of));
    Arbitrary<String> regions = Arbitraries.of("us-east-1", "eu-west-1", "ap-southeast-2", "global");
    Arbitrary<Map<String, String>> tags = Arbitraries.maps(unicode(1, 20), unicode(0, 40)).ofMaxSize(6);
    Arbitrary<Map<String, Object>> attributes = Arbitraries.maps(unicode(1, 12), jsonValue(2)).ofMaxSize(8);
    Arbitrary<Instant> times = Arbitraries.longs().between(946684800000L, 4102444800000L).map(Instant::ofEpochMilli);
    Arbitrary<BigDecimal> costs = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000"))
        .ofScale(4);
    return Combinators.combine(
        Combinators.combine(unicode(1, 60), types, accountIds, regions, unicode(0, 30)).as(Identity::new),
        Arbitraries.of("running", "stopped", "available", "").optional(),
        unicode(1, 20).injectNull(0.2),
        tags, attributes,
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).set().ofMaxSize(3),
        times.optional(),
        Combinators.combine(times, Arbitraries.longs().between(0, 86_400_000L * 400)).as((first, ms) ->
            new Instant[] {first, first.plusMillis(ms)}))
        .as((id, state, department, t, a, unknown, createdAt, seen) -> {
          Resource.Builder builder = Resource.builder()
              .resourceId("arn:aws:test:" + id.region + ":" + id.accountId + ":x/" + id.id)
              .resourceType(id.type)
              .accountId(id.accountId)
              .accountName(id.accountId)
              .region(id.region)
              .name(id.name)
              .state(state.filter(s -> !s.isEmpty()))
              .tags(t)
              .createdAt(createdAt)
              .firstSeen(seen[0])
              .lastSeen(seen[1]);
          if (department != null && !department.isBlank()) {
            builder.department(department);
          }
          a.keySet().removeAll(unknown);
          builder.attributes(a);
          builder.unknownAttributes(unknown);
          return builder;
        })
        .flatMap(builder -> costs.optional().map(cost -> {
          cost.ifPresent(c -> builder.estimatedMonthlyCost(c).costBasis("list-price 2026-11 us-east-1 x1.00"));
          return builder.build();
        }));
  }

  /**
   * JSON-like values nested up to a depth.
   *
   * @param depth how deep lists and maps may nest
   * @return values
   */
  public static Arbitrary<Object> jsonValue(int depth) {
    Arbitrary<Object> scalars = Arbitraries.oneOf(
        unicode(0, 30).map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b),
        numbers().map(n -> (Object) n));
    if (depth == 0) {
      return scalars;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalars),
        net.jqwik.api.Tuple.of(1, jsonValue(depth - 1).list().ofMaxSize(4).map(l -> (Object) l)),
        net.jqwik.api.Tuple.of(1, Arbitraries.maps(unicode(1, 8), jsonValue(depth - 1)).ofMaxSize(4).map(m -> (Object) m)));
  }

  /**
   * Numbers across DynamoDB's whole range: tiny, huge, negative, 38 digits.
   *
   * @return numbers
   */
  public static Arbitrary<BigDecimal> numbers() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
        .between(new BigInteger("-99999999999999999999999999999999999999"),
            new BigInteger("99999999999999999999999999999999999999"));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-87, 129))
        .as((u, scale) -> new BigDecimal(u, scale))
        .filter(n -> n.signum() == 0 || n.abs().compareTo(new BigDecimal("1E-130")) >= 0
            && n.abs().compareTo(new BigDecimal("1E+125")) < 0);
  }

  /**
   * Unicode strings, including emoji and characters outside the basic plane.
   *
   * @param min the shortest length
   * @param max the longest length
   * @return strings
   */
  public static Arbitrary<String> unicode(int min, int max) {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(min).ofMaxLength(max)
            .filter(s -> s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)
                && isWellFormed(s)),
        Arbitraries.of("Département", "コスト", "🚀 launch", "é", "ÅØ", "tab\there", "quote\"s")
            .filter(s -> s.length() >= min && s.length() <= max));
  }

  private static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static final class Identity {
    final String id;
    final ResourceType type;
    final String accountId;
    final String region;
    final String name;

    Identity(String id, ResourceType type, String accountId, String region, String name) {
      this.id = id;
      this.type = type;
      this.accountId = accountId;
      this.region = region;
      this.name = name;
    }
  }

  /**
   * A small, valid resource for examples.
   *
   * @param id a short id
   * @return the resource
   */
  public static Resource sample(String id) {
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    return Resource.builder()
        .resourceId("arn:aws:ec2:us-east-1:111111111111:volume/" + id)
        .resourceType(ResourceType.EBS_VOLUME)
        .accountId("111111111111").accountName("engineering")
        .region("us-east-1").name(id).state("available").department("platform")
        .putTags("Team", "core")
        .putAttributes("size_gib", 100).putAttributes("encrypted", false)
        .putAttributes("attachments", List.of())
        .firstSeen(now).lastSeen(now)
        .estimatedMonthlyCost(new BigDecimal("8.00")).costBasis("list-price 2026-11 us-east-1 x1.00")
        .build();
  }
}
