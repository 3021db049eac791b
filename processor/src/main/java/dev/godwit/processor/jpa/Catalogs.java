package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * {@code catalog} on {@code @Table}, {@code @SecondaryTable}, {@code @JoinTable}, {@code @CollectionTable},
 * {@code @SequenceGenerator} and {@code @TableGenerator} (or the middle part of a generator name
 * {@code schema.catalog.name}), as Hibernate 6.6 treats it per dialect:
 * <ul>
 *   <li>PostgreSQL ({@code NameQualifierSupport.SCHEMA}): the catalog is dropped from every name,
 *       created nowhere and ignored by schema validation. Godwit drops it too.</li>
 *   <li>MySQL/MariaDB ({@code NameQualifierSupport.CATALOG}): the object goes into database
 *       {@code catalog}, which Hibernate creates ({@code create database}) only with
 *       {@code hbm2ddl.create_namespaces}. Godwit refuses it: a database is shared by every
 *       database of the server, holds no Flyway history and is undone only by {@code drop database}.</li>
 *   <li>H2 ({@code NameQualifierSupport.BOTH}, from the driver): {@code cat.t} is read by H2 as
 *       schema {@code CAT}, which Hibernate never creates and whose tables its validation does not
 *       find; {@code cat.s.t} only works where {@code cat} is the database's own name. Refused.</li>
 * </ul>
 * So a catalog is accepted exactly when PostgreSQL is the only configured dialect.
 */
final class Catalogs {
  private final List<String> dialects;

  /** @param dialects the configured dialects; none (a reader without options) means every dialect */
  Catalogs(List<String> dialects) {
    this.dialects = dialects.isEmpty() ? List.of("postgresql", "mysql", "h2") : List.copyOf(dialects);
  }

  /** Whether Hibernate drops a catalog on every configured dialect, so that Godwit can drop it too. */
  boolean dropped() {
    return dialects.stream().allMatch("postgresql"::equals);
  }

  /**
   * The error for a catalog on {@code what} ({@code "@Table(catalog = \"x\")"}), or empty where
   * Hibernate drops it on every configured dialect.
   */
  Optional<Problem> problem(String what, String catalog, Element element) {
    if (dropped()) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    if (dialects.contains("mysql")) {
      reasons.add("on MySQL/MariaDB Hibernate 6.6 (MySQLDialect qualifies by catalog only) puts the object into "
          + "database " + catalog + ", not the one the migrations run in, and creates that database only with "
          + "hibernate.hbm2ddl.create_namespaces (create database " + catalog + "); Godwit does not create databases: "
          + "one is shared by every database of the server (each environment's copy), keeps no Flyway history, and "
          + "is undone only by drop database");
    }
    if (dialects.contains("h2")) {
      reasons.add("on H2 Hibernate 6.6 writes " + catalog + ".name, which H2 reads as schema " + catalog
          + " (Hibernate creates none, and its validation looks for the table in catalog " + catalog + "), and "
          + catalog + ".schema.name, which H2 accepts only when " + catalog + " is the database's own name");
    }
    return Optional.of(Problem.error(Code.UNSUPPORTED_MAPPING, what + " is not supported by Godwit with "
        + String.join(", ", dialects.stream().filter(d -> !d.equals("postgresql")).toList()) + ": "
        + String.join("; ", reasons) + ". PostgreSQL ignores the catalog (Hibernate's PostgreSQLDialect qualifies by "
        + "schema only), and so does Godwit when postgresql is the only dialect (-Agodwit.dialects=postgresql). "
        + "Otherwise remove the catalog, or use schema = ...", element));
  }
}
