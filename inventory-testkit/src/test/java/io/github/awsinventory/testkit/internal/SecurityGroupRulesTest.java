package io.github.awsinventory.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.IpPermission;

class SecurityGroupRulesTest {

  @Test
  void traits_whenSshIsOpenToAnyIpv4_isOpenSsh() {
    assertThat(SecurityGroupRules.traits(List.of(tcp(22, 22, "0.0.0.0/0")))).containsExactly("open_ssh");
  }

  @Test
  void traits_whenSshIsOpenToAnyIpv6_isOpenSshIpv6Only() {
    IpPermission rule = IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
        .ipv6Ranges(r -> r.cidrIpv6("::/0")).build();

    assertThat(SecurityGroupRules.traits(List.of(rule))).containsExactly("open_ssh_ipv6");
  }

  @Test
  void traits_whenEveryPortIsOpen_isOpenAllWithoutPortTraits() {
    IpPermission allTraffic = IpPermission.builder().ipProtocol("-1").ipRanges(r -> r.cidrIp("0.0.0.0/0")).build();

    assertThat(SecurityGroupRules.traits(List.of(allTraffic))).containsExactly("open_all");
    assertThat(SecurityGroupRules.traits(List.of(tcp(0, 65535, "0.0.0.0/0")))).containsExactly("open_all");
  }

  @Test
  void traits_whenARangeCoversRdpAndMysql_isOpenRdpAndOpenDb() {
    assertThat(SecurityGroupRules.traits(List.of(tcp(3000, 4000, "0.0.0.0/0"))))
        .containsExactly("open_db", "open_rdp");
    assertThat(SecurityGroupRules.traits(List.of(tcp(5432, 5432, "0.0.0.0/0")))).containsExactly("open_db");
  }

  @Test
  void traits_whenRulesComeOnlyFromPrivateRanges_isRestricted() {
    assertThat(SecurityGroupRules.traits(List.of(tcp(22, 22, "10.0.0.0/8"), tcp(443, 443, "10.0.0.0/8"))))
        .containsExactly("restricted");
  }

  @Test
  void traits_withoutRules_isEmpty() {
    assertThat(SecurityGroupRules.traits(List.of())).isEmpty();
  }

  @Test
  void traits_whenOnlyUdpIsOpen_isNeitherOpenSshNorRestricted() {
    IpPermission udp = IpPermission.builder().ipProtocol("udp").fromPort(22).toPort(22)
        .ipRanges(r -> r.cidrIp("0.0.0.0/0")).build();

    assertThat(SecurityGroupRules.traits(List.of(udp))).isEmpty();
  }

  private static IpPermission tcp(int from, int to, String cidr) {
    return IpPermission.builder().ipProtocol("tcp").fromPort(from).toPort(to).ipRanges(r -> r.cidrIp(cidr)).build();
  }
}
