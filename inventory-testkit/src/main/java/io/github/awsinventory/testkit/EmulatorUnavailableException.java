package io.github.awsinventory.testkit;

/**
 * No emulator could be started. Tests that need one fail with this exception — they never skip
 * silently — and its message says how to install one.
 */
public class EmulatorUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How to install the moto server. */
  public static final String INSTALL_MOTO = "python3 -m pip install 'moto[server]>=5.2.1,<6'";

  /**
   * Creates the exception.
   *
   * @param message what failed and how to fix it
   */
  public EmulatorUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed and how to fix it
   * @param cause the underlying error
   */
  public EmulatorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
