package io.github.awsinventory.testkit.estate;

import java.util.Objects;

/**
 * A Lambda function with a small Python handler: by default on {@code python3.12} with 128 MB. The name
 * (required) is the function name. Its execution role {@code estate-lambda-role} is created once per
 * account and not recorded (IAM roles are not an inventory type).
 */
public final class FunctionSpec extends ResourceSpec<FunctionSpec> {

  String runtime = "python3.12";
  int memoryMb = 128;

  FunctionSpec() {}

  /**
   * The runtime; one of {@link Traits#DEPRECATED_RUNTIMES} adds {@link Traits#DEPRECATED_RUNTIME}, any
   * other {@link Traits#CURRENT_RUNTIME}.
   *
   * @param runtime e.g. {@code python3.8}
   * @return this spec
   */
  public FunctionSpec runtime(String runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    return this;
  }

  /**
   * The memory size.
   *
   * @param memoryMb 128–10240
   * @return this spec
   */
  public FunctionSpec memoryMb(int memoryMb) {
    if (memoryMb < 128 || memoryMb > 10240) {
      throw new IllegalArgumentException("memoryMb must be in 128..10240 (was " + memoryMb + ")");
    }
    this.memoryMb = memoryMb;
    return this;
  }
}
