package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.Route53HostedZone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.GetDnssecResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;
import software.amazon.awssdk.services.route53.model.QueryLoggingConfig;
import software.amazon.awssdk.services.route53.model.ResourceTagSet;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.model.TagResourceType;

/**
 * {@code route53_hosted_zone}, a global type (region {@code global}): ListHostedZones (100 per page, the most it
 * gives) gives each zone's name, privacy, record count and comment. Three detail steps follow: the tags, read with
 * ListTagsForResources for 10 zones at a time (the most it takes; the zones of a batch share the one call); whether
 * a query logging configuration names the zone, from the account's ListQueryLoggingConfigs (read once and shared by
 * the zones); and, for a public zone, its DNSSEC signing status from GetDNSSEC. A failed step leaves its attribute
 * unknown; a zone deleted before GetDNSSEC is dropped.
 */
public final class Route53HostedZoneCollector implements ItemCollector<Route53HostedZoneCollector.Zone> {

  /** The most zones ListTagsForResources takes in one call. */
  static final int TAG_BATCH = 10;

  private static final String ID_PREFIX = "/hostedzone/";

  private static final List<DetailStep<Zone>> DETAILS = List.of(
      DetailStep.tags("ListTagsForResources", Route53HostedZoneCollector::tags),
      DetailStep.of("ListQueryLoggingConfigs", Route53HostedZoneCollector::queryLogging,
          Route53HostedZone.QUERY_LOGGING),
      DetailStep.of("GetDNSSEC", Route53HostedZoneCollector::dnssec, Route53HostedZone.DNSSEC_STATUS));

  @Override
  public TypeDescriptor descriptor() {
    return Route53HostedZone.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<Zone>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<Zone> items) {
    Route53Client route53 = context.client(Route53Client.class);
    Shared<Set<String>> logged = new Shared<>(client -> loggedZones(client));
    List<HostedZone> zones = new ArrayList<>();
    route53.listHostedZonesPaginator(r -> r.maxItems("100")).hostedZones().forEach(zones::add);
    for (int from = 0; from < zones.size(); from += TAG_BATCH) {
      List<String> ids = new ArrayList<>();
      for (HostedZone zone : zones.subList(from, Math.min(from + TAG_BATCH, zones.size()))) {
        ids.add(id(zone));
      }
      Shared<Map<String, Map<String, String>>> tags = new Shared<>(client -> tags(client, ids));
      for (HostedZone zone : zones.subList(from, Math.min(from + TAG_BATCH, zones.size()))) {
        add(context, items, new Zone(zone, id(zone), tags, logged));
      }
    }
  }

  private static void add(CollectionContext context, ListedItems<Zone> items, Zone zone) {
    String arn = "arn:" + context.partition() + ":route53:::hostedzone/" + zone.id;
    Resource.Builder r = items.add(zone, arn, zone.zone.name());
    Route53HostedZone.ZONE_ID.put(r, zone.id);
    Route53HostedZone.DOMAIN_NAME.put(r, zone.zone.name());
    Route53HostedZone.PRIVATE_ZONE.put(r, zone.isPrivate());
    if (zone.zone.resourceRecordSetCount() != null) {
      Route53HostedZone.RECORD_COUNT.put(r, zone.zone.resourceRecordSetCount());
    }
    if (zone.zone.config() != null && zone.zone.config().comment() != null
        && !zone.zone.config().comment().isEmpty()) {
      Route53HostedZone.COMMENT.put(r, zone.zone.config().comment());
    }
  }

  /**
   * A zone's id without the {@code /hostedzone/} prefix of ListHostedZones' answer (which the SDK drops by itself;
   * the prefix is removed here too, in case it is not).
   */
  static String id(HostedZone zone) {
    return zone.id().startsWith(ID_PREFIX) ? zone.id().substring(ID_PREFIX.length()) : zone.id();
  }

  private static Detail tags(CollectionContext context, Zone zone) {
    Map<String, String> tags = zone.tags.get(context.client(Route53Client.class)).getOrDefault(zone.id, Map.of());
    return r -> r.tags(tags).name(Attributes.name(tags, zone.zone.name()));
  }

  private static Map<String, Map<String, String>> tags(Route53Client route53, List<String> ids) {
    Map<String, Map<String, String>> tags = new HashMap<>();
    for (ResourceTagSet set : route53.listTagsForResources(r -> r.resourceType(TagResourceType.HOSTEDZONE)
        .resourceIds(ids)).resourceTagSets()) {
      tags.put(set.resourceId(), Attributes.tags(set.tags(), Tag::key, Tag::value));
    }
    return tags;
  }

  private static Detail queryLogging(CollectionContext context, Zone zone) {
    boolean logged = zone.logged.get(context.client(Route53Client.class)).contains(zone.id);
    return r -> Route53HostedZone.QUERY_LOGGING.put(r, logged);
  }

  /**
   * The zones that a query logging configuration of the account names. Read for the whole account, not per zone:
   * one call for up to 100 configurations instead of one per zone, and the zones are matched here.
   */
  private static Set<String> loggedZones(Route53Client route53) {
    Set<String> zones = new HashSet<>();
    for (QueryLoggingConfig config : route53.listQueryLoggingConfigsPaginator(r -> r.maxResults("100"))
        .queryLoggingConfigs()) {
      String id = config.hostedZoneId();
      zones.add(id != null && id.startsWith(ID_PREFIX) ? id.substring(ID_PREFIX.length()) : id);
    }
    return zones;
  }

  private static Detail dnssec(CollectionContext context, Zone zone) {
    if (zone.isPrivate()) {
      return Detail.NOTHING;
    }
    String status;
    try {
      GetDnssecResponse response = context.client(Route53Client.class).getDNSSEC(r -> r.hostedZoneId(zone.id));
      status = response.status() == null ? null : response.status().serveSignature();
    } catch (NoSuchHostedZoneException e) {
      return Detail.VANISHED;
    }
    return r -> Route53HostedZone.DNSSEC_STATUS.put(r, status);
  }

  /** A listed zone, with the calls it shares with other zones: its batch's tags and the account's query logging. */
  public static final class Zone {
    private final HostedZone zone;
    private final String id;
    private final Shared<Map<String, Map<String, String>>> tags;
    private final Shared<Set<String>> logged;

    Zone(HostedZone zone, String id, Shared<Map<String, Map<String, String>>> tags, Shared<Set<String>> logged) {
      this.zone = zone;
      this.id = id;
      this.tags = tags;
      this.logged = logged;
    }

    boolean isPrivate() {
      return zone.config() != null && Boolean.TRUE.equals(zone.config().privateZone());
    }
  }

  /**
   * One call whose answer several items' detail steps share: the first step to ask makes it, the others wait and
   * get the same answer, or the same service error. An error without an answer (I/O, the deadline) is not kept, so
   * that it ends the scope as any call's would.
   */
  static final class Shared<T> {
    private final Function<Route53Client, T> call;
    private T value;
    private AwsServiceException error;

    Shared(Function<Route53Client, T> call) {
      this.call = call;
    }

    synchronized T get(Route53Client client) {
      if (error != null) {
        throw error;
      }
      if (value == null) {
        try {
          value = call.apply(client);
        } catch (AwsServiceException e) {
          error = e;
          throw e;
        }
      }
      return value;
    }
  }
}
