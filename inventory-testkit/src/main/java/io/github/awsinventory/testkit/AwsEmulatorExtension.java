package io.github.awsinventory.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that provides an {@link AwsEmulator}: started once per test run (chosen by
 * {@code -Dinventory.emulator}), reset before each test class, stopped when the run ends. Test
 * constructors, lifecycle methods and test methods can declare an {@link AwsEmulator} (or
 * {@link MotoServer}) parameter.
 *
 * <p>When no emulator can start, every test that needs it fails with an
 * {@link EmulatorUnavailableException} saying how to install one — tests never skip silently.
 */
public final class AwsEmulatorExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AwsEmulatorExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == AwsEmulator.class || type == MotoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    AwsEmulator emulator = emulator(context);
    if (parameter.getParameter().getType() == MotoServer.class && !(emulator instanceof MotoServer)) {
      throw new ParameterResolutionException("this test needs the moto server, but -D" + AwsEmulator.EMULATOR_PROPERTY
          + " chose " + emulator.name());
    }
    return emulator;
  }

  /**
   * The emulator of this test run, started on first use.
   *
   * @param context any extension context
   * @return the emulator
   */
  public static AwsEmulator emulator(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(Holder.class, type -> new Holder(AwsEmulator.start()), Holder.class).emulator;
  }

  /**
   * Closes the emulator when the root context closes, at the end of the run (JUnit closes
   * {@link AutoCloseable} store values; older versions close {@code CloseableResource}s — it is both).
   */
  @SuppressWarnings("deprecation")
  private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final AwsEmulator emulator;

    Holder(AwsEmulator emulator) {
      this.emulator = emulator;
    }

    @Override
    public void close() {
      emulator.close();
    }
  }
}
