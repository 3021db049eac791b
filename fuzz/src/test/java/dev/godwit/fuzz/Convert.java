package dev.godwit.fuzz;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The type conversions the generator writes as {@code @Backfill}: SQL that PostgreSQL, MariaDB
 * and H2 all accept (the same expression goes into every dialect's migration), and the value each
 * existing value becomes, so the data check knows what to expect.
 */
enum Convert {
  /** Integer kinds to varchar. H2 pads CHAR, hence the TRIM. */
  NUMBER_TO_TEXT {
    String sql(String column) {
      return "TRIM(CAST(" + column + " AS CHAR(20)))";
    }

    String value(String old, FieldType to) {
      return old;
    }
  },
  /** Varchar to integer: its length. */
  TEXT_TO_LENGTH {
    String sql(String column) {
      return "LENGTH(" + column + ")";
    }

    String value(String old, FieldType to) {
      return String.valueOf(old.length());
    }
  },
  /** Integer kinds to a decimal. */
  NUMBER_TO_DECIMAL {
    String sql(String column) {
      return "CAST(" + column + " AS DECIMAL(18,4))";
    }

    String value(String old, FieldType to) {
      return new BigDecimal(old).setScale(to.scale(), RoundingMode.UNNECESSARY).toPlainString();
    }
  },
  /** Boolean to 1 or 0. */
  BOOLEAN_TO_NUMBER {
    String sql(String column) {
      return "CASE WHEN " + column + " IS NULL THEN NULL WHEN " + column + " THEN 1 ELSE 0 END";
    }

    String value(String old, FieldType to) {
      return old.equals("true") ? "1" : "0";
    }
  };

  /** The conversion as SQL over the column (by its name after the migration). */
  abstract String sql(String column);

  /** What a non-null old value (normalized) becomes. */
  abstract String value(String old, FieldType to);
}
