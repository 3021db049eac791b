package dev.godwit.processor.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL or MariaDB server the {@code mysql} migrations target, e.g. {@code 8.0.35}, {@code 8.4}
 * or {@code mariadb-11.4}. It decides which {@code ALGORITHM} each change can ask for.
 */
public record MySqlVersion(boolean mariadb, int major, int minor, int patch) {
  public static final MySqlVersion DEFAULT = new MySqlVersion(false, 8, 4, 0);
  private static final Pattern FORMAT = Pattern.compile("(mariadb-)?([0-9]+)\\.([0-9]+)(?:\\.([0-9]+))?");

  /** Parses {@code [mariadb-]major.minor[.patch]}; throws with the expected format otherwise. */
  public static MySqlVersion parse(String text) {
    Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("expected a server version such as 8.0.35, 8.4 or mariadb-11.4, not '" + text + "'");
    }
    return new MySqlVersion(matcher.group(1) != null, Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3)), matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)));
  }

  boolean atLeast(int major, int minor, int patch) {
    return this.major != major ? this.major > major : this.minor != minor ? this.minor > minor : this.patch >= patch;
  }

  /**
   * Column check constraints in Hibernate's DDL: MySQLDialect writes them from MySQL 8.0.16; on
   * MariaDB it reads the server's own version (10 and later), which is past that.
   */
  boolean columnChecks() {
    return mariadb || atLeast(8, 0, 16);
  }

  /** {@code ALGORITHM=INSTANT} for adding a column at the end: MySQL 8.0.12, MariaDB 10.3.2. */
  boolean instantAddColumn() {
    return mariadb ? atLeast(10, 3, 2) : atLeast(8, 0, 12);
  }

  /** {@code ALGORITHM=INSTANT} for {@code RENAME COLUMN}: MySQL 8.0.28, MariaDB 10.5.2 (the syntax). */
  boolean instantRenameColumn() {
    return mariadb ? atLeast(10, 5, 2) : atLeast(8, 0, 28);
  }

  /** Whether the server parses {@code RENAME COLUMN}: MySQL 8.0, MariaDB 10.5.2; before, a rename restates the column with {@code CHANGE COLUMN}. */
  boolean renameColumnSyntax() {
    return !mariadb || atLeast(10, 5, 2);
  }

  @Override
  public String toString() {
    return (mariadb ? "mariadb-" : "") + major + "." + minor + "." + patch;
  }
}
