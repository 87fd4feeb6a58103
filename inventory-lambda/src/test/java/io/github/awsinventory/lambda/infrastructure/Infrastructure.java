package io.github.awsinventory.lambda.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.awsinventory.collector.ResourceCollectors;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.model.catalog.ResourceCatalog;
import io.github.awsinventory.model.types.BroadTier;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the templates and deploy.sh are, the tools that check them, and what they must grant. */
final class Infrastructure {

  static final String CENTRAL_TEMPLATE = "infrastructure/cloudformation.yaml";
  static final String MEMBER_TEMPLATE = "infrastructure/member-account-role.yaml";

  /** Region discovery: the collector lists a member account's regions before collecting them. */
  static final String REGION_DISCOVERY_ACTION = "ec2:DescribeRegions";

  private Infrastructure() {}

  /** The repository root: the nearest directory up from the working directory with deploy.sh and the templates. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("deploy.sh")) && Files.isRegularFile(dir.resolve(CENTRAL_TEMPLATE))) {
        return dir;
      }
    }
    throw new AssertionError("no deploy.sh and " + CENTRAL_TEMPLATE + " above " + Path.of("").toAbsolutePath());
  }

  static CfnTemplate central() {
    return CfnTemplate.load(root().resolve(CENTRAL_TEMPLATE));
  }

  static CfnTemplate member() {
    return CfnTemplate.load(root().resolve(MEMBER_TEMPLATE));
  }

  /** Every template under infrastructure/. */
  static List<Path> templates() {
    try (Stream<Path> files = Files.list(root().resolve("infrastructure"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The read-only actions a member role must allow: every built-in collector's iamActions(), which must be the
   * catalogue's for its type, the broad tier's, and region discovery.
   */
  static SortedSet<String> memberRoleActions() {
    SortedSet<String> actions = new TreeSet<>();
    for (ResourceCollector collector : ResourceCollectors.discover()) {
      assertThat(collector.iamActions()).as("IAM actions of the %s collector", collector.type())
          .containsExactlyInAnyOrderElementsOf(ResourceCatalog.builtIn().get(collector.type()).iamActions());
      actions.addAll(collector.iamActions());
    }
    assertThat(actions).as("IAM actions of the built-in collectors")
        .containsExactlyElementsOf(ResourceCatalog.builtIn().iamActions());
    actions.addAll(BroadTier.IAM_ACTIONS);
    actions.addAll(BroadTier.AWS_CONFIG_IAM_ACTIONS);
    actions.add(REGION_DISCOVERY_ACTION);
    return actions;
  }

  /**
   * Finds an executable the way CI does without an interactive shell: the PATH, pyenv's versions
   * ({@code $PYENV_ROOT} or {@code ~/.pyenv}, newest first) and shims, {@code ~/.local/bin}, {@code /usr/local/bin}.
   * A pyenv shim comes after the executable it stands for, which runs without pyenv's environment.
   */
  static Optional<Path> findTool(String name) {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && !Path.of(dir).endsWith("shims")) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    String home = System.getProperty("user.home");
    List<Path> pyenvRoots = new ArrayList<>();
    Optional.ofNullable(System.getenv("PYENV_ROOT")).filter(r -> !r.isBlank()).map(Path::of).ifPresent(pyenvRoots::add);
    pyenvRoots.add(Path.of(home, ".pyenv"));
    for (Path pyenv : pyenvRoots) {
      List<Path> versions = new ArrayList<>();
      if (Files.isDirectory(pyenv.resolve("versions"))) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(pyenv.resolve("versions"))) {
          dirs.forEach(versions::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      versions.sort(Comparator.comparing((Path v) -> v.getFileName().toString()).reversed());
      versions.forEach(v -> candidates.add(v.resolve("bin").resolve(name)));
      candidates.add(pyenv.resolve("shims").resolve(name));
    }
    candidates.add(Path.of(home, ".local", "bin", name));
    candidates.add(Path.of("/usr/local/bin", name));
    return candidates.stream().filter(f -> Files.isRegularFile(f) && Files.isExecutable(f)).findFirst();
  }

  /** Like {@link #findTool} but fails the test with the install hint when the tool is missing. */
  static Path requireTool(String name, String installHint) {
    return findTool(name).orElseThrow(() -> new AssertionError(name + " was not found on the PATH, in "
        + "~/.pyenv/versions/*/bin, ~/.pyenv/shims, ~/.local/bin or /usr/local/bin. Install it with: " + installHint));
  }

  /** Runs a command, merging its output, and waits for it at most {@code timeoutSeconds}. */
  static Result run(List<String> command, Map<String, String> environment, long timeoutSeconds) {
    try {
      Path output = Files.createTempFile("infrastructure-", ".log");
      try {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true)
            .redirectOutput(output.toFile());
        if (environment != null) {
          builder.environment().clear();
          builder.environment().putAll(environment);
        }
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
          throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds
              + " s; its output:\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  /** A finished command. */
  static final class Result {
    final int exitCode;
    final String output;

    Result(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }

    @Override
    public String toString() {
      return "exit code " + exitCode + ", output:\n" + output;
    }
  }
}
