package io.github.awsinventory.model.pricing.internal;

import static io.github.awsinventory.model.pricing.internal.Quote.plain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * VPC and ELB: what is billed by the hour whatever the traffic, public IPv4 addresses, NAT gateways, load balancers
 * (classic ones included).
 */
public final class NetworkPrices {

  private static final String PUBLIC_IPV4_HOURLY = "vpc/public_ipv4_hourly";
  private static final String NAT_GATEWAY_HOURLY = "vpc/nat_gateway_hourly";
  private static final String ELB_HOURLY = "elb/hourly" + PriceFileParser.SEPARATOR;
  private static final String CLASSIC_ELB_HOURLY = "elb/classic_hourly";

  private final PriceTable table;

  /**
   * Prices from a table.
   *
   * @param table the price file's prices
   */
  public NetworkPrices(PriceTable table) {
    this.table = table;
  }

  /**
   * A public IPv4 address, attached or not.
   *
   * @return the quote
   */
  public Quote publicIpv4Quote() {
    return hourlyQuote(PUBLIC_IPV4_HOURLY, "public IPv4", "charged whether associated or not");
  }

  /**
   * A NAT gateway, data processing excluded.
   *
   * @return the quote
   */
  public Quote natGatewayQuote() {
    return hourlyQuote(NAT_GATEWAY_HOURLY, "NAT gateway", "data processing excluded");
  }

  /**
   * A load balancer, capacity units excluded.
   *
   * @param lbType the load balancer type
   * @return the quote
   */
  public Quote loadBalancerQuote(String lbType) {
    if (table.price(ELB_HOURLY + lbType).isEmpty()) {
      return Quote.unknown("no list price for load balancer type " + lbType);
    }
    return hourlyQuote(ELB_HOURLY + lbType, lbType + " load balancer", "LCUs excluded");
  }

  /**
   * A Classic Load Balancer, data processed excluded.
   *
   * @return the quote
   */
  public Quote classicLoadBalancerQuote() {
    return hourlyQuote(CLASSIC_ELB_HOURLY, "classic load balancer", "data processed excluded");
  }

  private Quote hourlyQuote(String key, String what, String remark) {
    Optional<BigDecimal> hourly = table.price(key);
    if (hourly.isEmpty()) {
      return Quote.unknown("no list price for " + what + " in price file " + table.version());
    }
    BigDecimal hoursPerMonth = table.hoursPerMonth();
    return Quote.of(hourly.get().multiply(hoursPerMonth),
        what + " " + plain(hourly.get()) + "/h x " + plain(hoursPerMonth) + " h (" + remark + ")");
  }
}
