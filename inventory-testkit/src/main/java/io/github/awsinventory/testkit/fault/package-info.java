/**
 * Fault injection for the AWS SDK: wrap the {@link software.amazon.awssdk.http.SdkHttpClient} of the
 * clients under test with {@link io.github.awsinventory.testkit.fault.FaultInjector#wrap} and add
 * {@link io.github.awsinventory.testkit.fault.FaultRule}s by service, operation, account and region:
 * throttling, 5xx, access denied, added latency, connection resets and {@code UnprocessedItems} in
 * BatchWriteItem. Every call is recorded and every injected fault counted; decisions are reproducible
 * from a seed.
 *
 * <pre>{@code
 * FaultInjector faults = FaultInjector.withSeed(42);
 * faults.add(FaultRule.throttling().service("ec2").account("222222222222").region("eu-west-1").times(5));
 * Ec2Client ec2 = aws.configure(Ec2Client.builder()).httpClient(faults.wrap(aws.httpClient())).build();
 * }</pre>
 */
package io.github.awsinventory.testkit.fault;
