package io.github.awsinventory.cli.spi;

import io.github.awsinventory.collector.CollectionListener;

/**
 * What the CLI shares with a {@linkplain CommandProvider provided command}. Its values are those of the
 * parsed command line, so read them when the command runs, not when it is created.
 */
public interface CliContext {

  /**
   * The inventory table: {@code --table}, or the default table name.
   *
   * @return the table name
   */
  String table();

  /**
   * The progress display of {@code inventory collect}, writing to the command line's standard error: one
   * live line on a terminal, plain lines otherwise.
   *
   * <pre>{@code
   * InventoryCollector.builder()...addListener(context.progressDisplay()).build();
   * }</pre>
   *
   * @return a new listener for one collection run
   */
  CollectionListener progressDisplay();
}
