package io.github.awsinventory.model.types;

import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.model.catalog.AttributeKey;
import io.github.awsinventory.model.catalog.NumberKey;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import java.util.List;

/**
 * {@code lambda_function}: A Lambda function. Its attribute keys, through which collectors write and rules read, and
 * its {@link #DESCRIPTOR catalogue entry}; {@code docs/RESOURCE_TYPES.md} is checked against them.
 */
public final class LambdaFunction {

  /** {@code runtime} (string): e.g. {@code python3.12}, {@code java21}; absent for container images. */
  public static final AttributeKey<String> RUNTIME = AttributeKey.string("runtime",
      "e.g. `python3.12`, `java21`; absent for container images");

  /** {@code memory_mb} (number): memory in MB. */
  public static final NumberKey MEMORY_MB = AttributeKey.number("memory_mb", "memory in MB");

  /** {@code timeout_seconds} (number): timeout in seconds. */
  public static final NumberKey TIMEOUT_SECONDS = AttributeKey.number("timeout_seconds", "timeout in seconds");

  /** {@code architectures} (list of strings): {@code x86_64} or {@code arm64}. */
  public static final AttributeKey<List<String>> ARCHITECTURES = AttributeKey.stringList("architectures",
      "`x86_64` or `arm64`");

  /**
   * {@code last_modified} (string): when the code or configuration last changed, as Lambda formats it ({@code
   * 2026-11-25T15:40:30.123+0000}).
   */
  public static final AttributeKey<String> LAST_MODIFIED = AttributeKey.string("last_modified",
      "when the code or configuration last changed, as Lambda formats it (`2026-11-25T15:40:30.123+0000`)");

  /** {@code code_size_bytes} (number): deployment package size in bytes. */
  public static final NumberKey CODE_SIZE_BYTES = AttributeKey.number("code_size_bytes",
      "deployment package size in bytes");

  /** {@code package_type} (string): {@code Zip} or {@code Image}. */
  public static final AttributeKey<String> PACKAGE_TYPE = AttributeKey.string("package_type", "`Zip` or `Image`");

  /** {@code handler} (string): the function's handler. */
  public static final AttributeKey<String> HANDLER = AttributeKey.string("handler", "the function's handler");

  /** {@code role} (string): execution role ARN. */
  public static final AttributeKey<String> ROLE = AttributeKey.string("role", "execution role ARN");

  /** {@code ephemeral_storage_mb} (number): size of {@code /tmp}. */
  public static final NumberKey EPHEMERAL_STORAGE_MB = AttributeKey.number("ephemeral_storage_mb", "size of `/tmp`");

  /** {@code version} (string): {@code $LATEST}. */
  public static final AttributeKey<String> VERSION = AttributeKey.string("version", "`$LATEST`");

  /** The type's catalogue entry. */
  public static final TypeDescriptor DESCRIPTOR = TypeDescriptor.builder(ResourceType.LAMBDA_FUNCTION)
      .description("A Lambda function")
      .service("lambda")
      .arnFormat("arn:<partition>:lambda:<region>:<account>:function:<name>")
      .attributes(RUNTIME, MEMORY_MB, TIMEOUT_SECONDS, ARCHITECTURES, LAST_MODIFIED, CODE_SIZE_BYTES, PACKAGE_TYPE,
          HANDLER, ROLE, EPHEMERAL_STORAGE_MB, VERSION)
      .iamActions("lambda:ListFunctions", "lambda:ListTags")
      .costModel("unknown: billed by requests and duration")
      .build();

  private LambdaFunction() {}
}
