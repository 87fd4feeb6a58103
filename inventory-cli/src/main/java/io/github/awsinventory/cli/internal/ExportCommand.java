package io.github.awsinventory.cli.internal;

import io.github.awsinventory.cli.InventoryCli;
import io.github.awsinventory.cli.spi.UsageException;
import io.github.awsinventory.model.InventoryException;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import io.github.awsinventory.query.InventoryQuery;
import io.github.awsinventory.query.QueryException;
import io.github.awsinventory.query.ResourceQuery;
import io.github.awsinventory.query.export.InventoryExport;
import io.github.awsinventory.query.report.InventoryReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code inventory export}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export live resources as CSV or JSON Lines, streamed: the inventory is never held in memory.",
        "Filters use an index's key condition where they can; the rest filters the resources read."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or jsonl.")
  String format;

  @Option(names = "--output-file", paramLabel = "FILE", description = "Write here instead of standard output "
      + "(written to a temporary file beside it and moved into place when complete; on failure it is left "
      + "unchanged).")
  Path outputFile;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only this type.")
  String type;

  @Option(names = "--department", paramLabel = "DEPARTMENT", description = "Only this department.")
  String department;

  @Option(names = "--account", paramLabel = "ID", description = "Only this account.")
  String account;

  @Option(names = "--in-region", paramLabel = "REGION", description = "Only resources in this region.")
  String region;

  @Override
  public Integer call() {
    RootCommand root = (RootCommand) spec.root().userObject();
    InventoryExport.Format exportFormat;
    try {
      exportFormat = InventoryExport.Format.parse(format);
    } catch (QueryException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
    ResourceType resourceType = type == null ? null : Inventory.type(type);
    if (resourceType != null) {
      Inventory.warnIfUnknown(resourceType, spec.commandLine().getErr());
    }
    if (account != null && !account.matches("\\d{12}")) {
      throw new UsageException("--account takes a 12-digit account id (was '" + account + "')");
    }
    Path target = outputFile == null ? null : target(outputFile);
    try (AwsClientFactory clients = root.clients(); DynamoDbClient dynamoDb = clients.client(DynamoDbClient.builder())) {
      InventoryQuery query = Inventory.query(root, clients, dynamoDb);
      if (target == null) {
        PrintWriter out = spec.commandLine().getOut();
        try (Stream<Resource> resources = select(query, resourceType)) {
          InventoryExport.write(resources, exportFormat, out);
        }
        if (out.checkError()) { // a PrintWriter keeps write errors to itself (a closed pipe, a full disk)
          throw new InventoryException("the export could not be written to standard output; nothing "
              + "guarantees the output is complete");
        }
      } else {
        long count = writeFile(query, resourceType, exportFormat, target);
        spec.commandLine().getErr().println("exported " + count + " resources to " + target);
      }
    } catch (UncheckedIOException e) {
      throw new InventoryException("the export could not be written: " + reason(e.getCause()), e);
    }
    return InventoryCli.OK;
  }

  /**
   * Writes to a temporary file beside the target and moves it into place once complete, so that the
   * target is either the whole export or unchanged.
   */
  private long writeFile(InventoryQuery query, ResourceType resourceType, InventoryExport.Format exportFormat,
      Path target) {
    Path partial = null;
    try {
      partial = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
          + ".partial");
      long count;
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
          Stream<Resource> resources = select(query, resourceType)) {
        count = InventoryExport.write(resources, exportFormat, out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return count;
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(partial);
      IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      throw new InventoryException("the export could not be written to " + target + ": " + reason(cause) + "; "
          + target + " was not changed", e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
  }

  /** Checks the output file before anything is read, so that a wrong path is a usage error (exit 2). */
  private static Path target(Path file) {
    Path target = file.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("--output-file: the directory " + dir + " does not exist (was '" + file
          + "'); create it or write elsewhere");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new UsageException("--output-file: " + target + " is not a regular file (a directory or a device); "
          + "name a file, or leave out --output-file to write to standard output");
    }
    return target;
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory (" + e.getMessage() + ")";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason() + " (" + ((FileSystemException) e).getFile() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  private Stream<Resource> select(InventoryQuery query, ResourceType resourceType) {
    Predicate<Resource> rest = r -> (resourceType == null || r.resourceType().equals(resourceType))
        && (department == null || r.department().equals(department))
        && (account == null || r.accountId().equals(account))
        && (region == null || r.region().equals(region));
    Stream<Resource> base;
    if (department != null) {
      ResourceQuery q = ResourceQuery.byDepartment(department);
      if (resourceType != null) {
        q = q.type(resourceType);
        if (account != null) {
          q = q.account(account);
          if (region != null) {
            q = q.region(region);
          }
        }
      }
      base = query.resources(q);
    } else if (account != null) {
      ResourceQuery q = ResourceQuery.byAccount(account);
      if (resourceType != null) {
        q = q.type(resourceType);
        if (region != null) {
          q = q.region(region);
        }
      }
      base = query.resources(q);
    } else if (resourceType != null) {
      base = query.resources(ResourceQuery.byType(resourceType));
    } else {
      base = query.resourcesOfTypes(InventoryReports.builder().query(query).build().resourceTypes(), 4);
    }
    return base.filter(rest);
  }
}
