/**
 * CSV (RFC 4180, protected against formula injection) and JSON Lines, streamed from the indexes to a file
 * or a stream without holding the inventory in memory.
 */
package io.github.awsinventory.query.export;
