package io.github.awsinventory.testkit.estate;

/** An EFS file system, encrypted unless asked otherwise. The name is its {@code Name} tag and creation token. */
public final class FileSystemSpec extends ResourceSpec<FileSystemSpec> {

  boolean encrypted = true;

  FileSystemSpec() {}

  /**
   * Sets whether it is encrypted at rest.
   *
   * @param encrypted the setting
   * @return this spec
   */
  public FileSystemSpec encrypted(boolean encrypted) {
    this.encrypted = encrypted;
    return this;
  }
}
