package dev.godwit;

/**
 * How a rename (and, with {@link Backfill}, a type change) reaches a database that is in use.
 *
 * <ul>
 *   <li>{@link #IN_PLACE}: one migration renames (or converts) the column; instances of the
 *       previous release still running fail on the old name until they are replaced.
 *   <li>{@link #EXPAND_CONTRACT}: a zero-downtime plan over two releases. This release's migration
 *       <em>expands</em>: it adds the new column next to the old one, keeps the two in sync with a
 *       trigger (old instances write the old column, new ones the new column), and copies the
 *       existing rows in batches. Once this release runs everywhere, compile with
 *       {@code -Agodwit.contract=<version of the expand migration>}: the next migration
 *       <em>contracts</em> (drops the trigger and the old column). Until then every compile warns
 *       ({@code GW423}) that the contract is pending.
 * </ul>
 */
public enum Strategy {
  /** One migration renames or converts the column in place. */
  IN_PLACE,
  /** Expand now (new column kept in sync with the old one), contract in a later release. */
  EXPAND_CONTRACT
}
