package dev.godwit.processor.diff;

/**
 * What an expand/contract moves over two releases: a column ({@link Expansion}) or a table
 * ({@link TableExpansion}). The expand step of this release keeps the old form working for
 * instances of the previous release; the contract step of a later release removes it.
 */
public sealed interface Expanded permits Expansion, TableExpansion {

  /** The table as the entities name it now. */
  String table();

  /** {@code old -> new}, for messages. */
  String describe();
}
