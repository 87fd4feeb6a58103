package io.github.awsinventory.examples;

import java.io.PrintStream;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * What every example's {@code main} does: runs the example's command line with the process's arguments,
 * environment, the SDK's default credentials and standard streams, then exits with its status.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   ExampleMain.exit(args, QueueInventoryService::run);
 * }
 * }</pre>
 */
public final class ExampleMain {

  private ExampleMain() {}

  /** An example's command line, testable without a process: it returns the exit status instead of exiting. */
  @FunctionalInterface
  public interface CommandLine {
    /**
     * Runs the example.
     *
     * @param args the arguments
     * @param env the environment
     * @param credentials the credentials for every AWS call
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    int run(String[] args, Map<String, String> env, AwsCredentialsProvider credentials, PrintStream out,
        PrintStream err);
  }

  /**
   * Runs the command line and exits the process with its status.
   *
   * @param args the process's arguments
   * @param command the example's command line
   */
  public static void exit(String[] args, CommandLine command) {
    int status;
    try (DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build()) {
      status = command.run(args, System.getenv(), credentials, System.out, System.err);
    }
    System.exit(status);
  }
}
