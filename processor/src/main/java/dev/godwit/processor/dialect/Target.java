package dev.godwit.processor.dialect;

/**
 * What the SQL is written for: the server versions whose behaviour decides the safe forms, and
 * whether safe (online) forms are written at all. Projects whose committed history predates the
 * safe forms write them only from a later version on (option {@code godwit.safeFormsFrom}).
 *
 * @param postgresVersion major version of the PostgreSQL server, 11 or newer
 * @param mysql the MySQL or MariaDB server of the {@code mysql} migrations
 * @param safeForms whether changes to existing tables are written in their online form
 * @param lock how the PostgreSQL safe forms wait for their locks
 */
public record Target(int postgresVersion, MySqlVersion mysql, boolean safeForms, LockPolicy lock) {
  /** PostgreSQL 14 (the oldest release the community still supports), MySQL 8.4, safe forms. */
  public static final Target DEFAULT = new Target(14, MySqlVersion.DEFAULT, true);

  /** The plain DDL Hibernate itself would run, as Godwit wrote it before safe forms. */
  public static final Target PLAIN = new Target(14, MySqlVersion.DEFAULT, false);

  public Target {
    if (postgresVersion < 11) {
      throw new IllegalArgumentException("Godwit supports PostgreSQL 11 or newer, not " + postgresVersion);
    }
    java.util.Objects.requireNonNull(lock, "lock");
  }

  /** The default lock policy. */
  public Target(int postgresVersion, MySqlVersion mysql, boolean safeForms) {
    this(postgresVersion, mysql, safeForms, LockPolicy.DEFAULT);
  }

  public Target withSafeForms(boolean enabled) {
    return new Target(postgresVersion, mysql, enabled, lock);
  }

  public Target withLock(LockPolicy policy) {
    return new Target(postgresVersion, mysql, safeForms, policy);
  }
}
