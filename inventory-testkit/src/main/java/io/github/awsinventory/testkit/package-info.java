/**
 * Test support for aws-inventory and for code that embeds it: an AWS emulator (the moto server, or
 * LocalStack through Testcontainers) started once per JVM and reset between test classes, SDK clients
 * pointed at it — also for other accounts, through STS AssumeRole —, fault injection
 * ({@link io.github.awsinventory.testkit.fault}) and estates of known resources across accounts and regions
 * ({@link io.github.awsinventory.testkit.estate}).
 *
 * <pre>{@code
 * @AwsEmulatorTest
 * class MyIT {
 *   @Test
 *   void listsBuckets(AwsEmulator aws) {
 *     S3Client s3 = aws.client(S3Client.builder(), "111111111111");
 *     ...
 *   }
 * }
 * }</pre>
 */
package io.github.awsinventory.testkit;
