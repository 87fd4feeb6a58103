package io.github.awsinventory.examples;

import io.github.awsinventory.collector.InventoryCollector;
import io.github.awsinventory.model.table.TableLayout;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * The command line every example shares: where AWS is ({@code --endpoint-url}, {@code --region}) and which
 * table holds the inventory ({@code --table}), each falling back to the environment variable the AWS SDK
 * and the Lambda use, plus the options of one example. Credentials are never options: they come from the
 * SDK's default chain, so that the same command runs against an emulator and against AWS.
 *
 * <pre>{@code
 * ExampleOptions options = ExampleOptions.parse(args, System.getenv(), "--config");
 * DynamoDbClient dynamoDb = options.configure(DynamoDbClient.builder(), credentials).build();
 * }</pre>
 */
public final class ExampleOptions {

  /** Sends every AWS call to one endpoint, e.g. {@code http://127.0.0.1:5000} (env {@code AWS_ENDPOINT_URL}). */
  public static final String ENDPOINT_URL = "--endpoint-url";
  /** The home region (env {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}; default {@code us-east-1}). */
  public static final String REGION = "--region";
  /** The inventory table (env {@code DYNAMODB_TABLE_NAME}; default {@code aws-inventory}). */
  public static final String TABLE = "--table";

  /** The lines of a usage text that describe the shared options and credentials. */
  public static final String COMMON_USAGE = ""
      + "  --endpoint-url URL  send every AWS call here, e.g. http://127.0.0.1:5000 for the emulator that\n"
      + "                      './inventory demo' leaves running (env AWS_ENDPOINT_URL; default: AWS itself)\n"
      + "  --region REGION     home region (env AWS_REGION or AWS_DEFAULT_REGION; default us-east-1)\n"
      + "  --table NAME        inventory table (env DYNAMODB_TABLE_NAME; default aws-inventory)\n"
      + "  --help              print this text\n"
      + "Credentials come from the AWS SDK's default chain (environment, profile, instance role). For an\n"
      + "emulator, any will do: AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing.\n";

  private final Map<String, String> values;
  private final Optional<URI> endpoint;
  private final Region region;
  private final String table;

  private ExampleOptions(Map<String, String> values, Map<String, String> env) {
    this.values = values;
    this.endpoint = value(ENDPOINT_URL, env, "AWS_ENDPOINT_URL").map(ExampleOptions::uri);
    this.region = Region.of(value(REGION, env, "AWS_REGION", "AWS_DEFAULT_REGION").orElse("us-east-1"));
    this.table = value(TABLE, env, "DYNAMODB_TABLE_NAME").orElse(TableLayout.DEFAULT_TABLE_NAME);
  }

  /**
   * Parses {@code --name value} (or {@code --name=value}) pairs.
   *
   * @param args the command line
   * @param env the environment, for the shared options' fallbacks
   * @param exampleOptions the options of the example besides the shared ones, e.g. {@code --config}
   * @return the options
   * @throws UsageException for {@code --help}, an unknown option, a missing value or a malformed URL
   */
  public static ExampleOptions parse(String[] args, Map<String, String> env, String... exampleOptions) {
    List<String> known = new ArrayList<>(List.of(ENDPOINT_URL, REGION, TABLE));
    known.addAll(List.of(exampleOptions));
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        throw UsageException.help();
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (!known.contains(name)) {
        throw UsageException.of("unknown option '" + name + "'; the options are " + String.join(", ", known));
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        throw UsageException.of(name + " needs a value, e.g. " + name + " VALUE");
      }
      if (value.isBlank()) {
        throw UsageException.of(name + " needs a value (was empty)");
      }
      values.put(name, value.trim());
    }
    return new ExampleOptions(values, env);
  }

  /**
   * The endpoint every AWS call goes to instead of AWS.
   *
   * @return the endpoint; empty for AWS itself
   */
  public Optional<URI> endpoint() {
    return endpoint;
  }

  /**
   * The home region.
   *
   * @return the region
   */
  public Region region() {
    return region;
  }

  /**
   * The inventory table.
   *
   * @return the table name
   */
  public String table() {
    return table;
  }

  /**
   * An option of the example.
   *
   * @param name e.g. {@code --config}
   * @return its value, when given
   */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * An option the example cannot do without.
   *
   * @param name e.g. {@code --config}
   * @return its value
   * @throws UsageException when it was not given
   */
  public String required(String name) {
    return value(name).orElseThrow(() -> UsageException.of(name + " is required"));
  }

  /**
   * An option holding a whole number, with a default and a lower bound.
   *
   * @param name e.g. {@code --page-size}
   * @param defaultValue the value when the option is not given
   * @param min the least value accepted
   * @return the number
   * @throws UsageException when the value is not a whole number of at least {@code min}
   */
  public int intValue(String name, int defaultValue, int min) {
    Optional<String> text = value(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    if (!text.get().matches("\\d{1,9}") || Integer.parseInt(text.get()) < min) {
      throw UsageException.of(name + " must be a whole number >= " + min + " (was '" + text.get() + "')");
    }
    return Integer.parseInt(text.get());
  }

  /**
   * Points an SDK client builder at the region and endpoint, with the given credentials.
   *
   * @param builder any synchronous SDK client builder
   * @param credentials the credentials
   * @param <B> the builder type
   * @param <C> the client type
   * @return the builder, for further configuration
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder,
      AwsCredentialsProvider credentials) {
    builder.region(region).credentialsProvider(credentials);
    endpoint.ifPresent(builder::endpointOverride);
    return builder;
  }

  /**
   * A collector builder for the table, region and endpoint, with the given credentials; the example adds
   * the configuration and its extensions.
   *
   * @param credentials the base credentials
   * @return the builder
   */
  public InventoryCollector.Builder collector(AwsCredentialsProvider credentials) {
    InventoryCollector.Builder builder = InventoryCollector.builder().tableName(table).region(region)
        .credentialsProvider(credentials);
    endpoint.ifPresent(builder::endpointOverride);
    return builder;
  }

  private Optional<String> value(String option, Map<String, String> env, String... variables) {
    Optional<String> given = value(option);
    if (given.isPresent()) {
      return given;
    }
    for (String variable : variables) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  private static URI uri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw UsageException.of(ENDPOINT_URL + " must be a URL such as http://127.0.0.1:5000 (was '" + text + "': "
          + e.getReason() + ")");
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw UsageException.of(ENDPOINT_URL + " must be a URL such as http://127.0.0.1:5000 (was '" + text + "')");
    }
    return uri;
  }
}
