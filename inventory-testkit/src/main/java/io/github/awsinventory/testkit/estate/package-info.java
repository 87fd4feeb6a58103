/**
 * Estates: known sets of AWS resources built in the emulator across accounts and regions, with a
 * manifest of exactly what was built — for tests that assert collected counts, attributes, security
 * findings and cleanup candidates, and for the CLI's {@code demo}.
 *
 * <p>{@link io.github.awsinventory.testkit.estate.StandardEstate} builds the standard organisation;
 * {@link io.github.awsinventory.testkit.estate.Estate} builds your own:
 *
 * <pre>{@code
 * @AwsEmulatorTest
 * class CollectIT {
 *   @Test
 *   void collectsEveryVolume(AwsEmulator aws, @TempDir Path dir) {
 *     EstateManifest estate = StandardEstate.build(aws);
 *     Path config = estate.writeAccountsConfig(dir.resolve("accounts.json"));
 *
 *     ... collect with config ...
 *
 *     assertThat(collected(ResourceTypes.EBS_VOLUME)).hasSize(estate.ofType(ResourceTypes.EBS_VOLUME).size());
 *   }
 * }
 * }</pre>
 */
package io.github.awsinventory.testkit.estate;
