package dev.godwit.processor.model;

/**
 * Dialect-independent column types, one per JDBC type Hibernate assigns to a basic attribute.
 * Dialects turn them into DDL the way Hibernate's dialects do.
 */
public enum TypeKind {
  BOOLEAN,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  /** Single precision float (Java float). */
  REAL,
  /** Double precision float (Java double). */
  DOUBLE,
  /** Exact numeric with precision and scale. */
  NUMERIC,
  /** Character string of at most {@code length} characters. */
  VARCHAR,
  /** Fixed-length character string of {@code length} characters (Character, char, CHAR type code). */
  CHAR,
  /** Large character object ({@code @Lob String}). */
  CLOB,
  /** Binary string of at most {@code length} bytes. */
  VARBINARY,
  /** Large binary object ({@code @Lob byte[]}). */
  BLOB,
  DATE,
  /** Time of day with fractional-second {@code precision}. */
  TIME,
  /** Timestamp without time zone with fractional-second {@code precision}. */
  TIMESTAMP,
  /** Timestamp with time zone (or UTC-normalized where the dialect has none). */
  TIMESTAMP_UTC,
  UUID,
  /** A JSON document ({@code @JdbcTypeCode(SqlTypes.JSON)}). */
  JSON,
  /** A Java enum stored by name; the column only accepts {@code values}. */
  ENUM_STRING,
  /** A Java enum stored by ordinal; the column only accepts 0 .. values.size() - 1. */
  ENUM_ORDINAL
}
