package io.github.awsinventory.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the AWS emulator; see {@link AwsEmulatorExtension}.
 *
 * <pre>{@code
 * @AwsEmulatorTest
 * class BucketIT {
 *   @Test
 *   void createsBucket(AwsEmulator aws) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AwsEmulatorExtension.class)
public @interface AwsEmulatorTest {}
