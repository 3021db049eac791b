package dev.godwit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.verify.schemas.Account;
import dev.godwit.verify.schemas.Holder;
import dev.godwit.verify.schemas.Posting;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tables and sequences outside the connection's current schema ({@code @Table(schema = "ledger")})
 * are compared on both sides, under qualified names: a table in the wrong schema is a difference,
 * not a table left out of both.
 */
@ExtendWith(Engines.class)
class OtherSchemasVerificationTest {
  private static final GodwitVerification ENTITIES = GodwitVerification.forEntities(Account.class, Posting.class,
      Holder.class).naming(Naming.SNAKE_CASE);

  /** H2 stores the unquoted schema in upper case, as it does table names. */
  @Test
  void tablesAndSequencesInAnotherSchemaAreReadUnderQualifiedNamesOnH2(H2Engine engine) {
    DataSource migrated = migrated(engine, "schemas/h2");
    SchemaSnapshot schema = SchemaSnapshot.read(migrated);

    assertThat(schema.tables()).containsExactly("HOLDER", "LEDGER.ACCOUNT", "LEDGER.POSTING");
    assertThat(schema.items()).containsKeys("LEDGER.POSTING.AMOUNT", "sequence LEDGER.ACCOUNT_SEQ",
        "LEDGER.ACCOUNT unique (HOLDER)", "LEDGER.POSTING foreign key (ACCOUNT_ID) references LEDGER.ACCOUNT (ID)",
        "HOLDER foreign key (ACCOUNT_ID) references LEDGER.ACCOUNT (ID)");
    assertThat(ENTITIES.compare(migrated, engine.newDatabase().dataSource()).differences()).isEmpty();
  }

  @Test
  void tablesAndSequencesInAnotherSchemaAreReadUnderQualifiedNamesOnPostgres(PostgresEngine engine) {
    DataSource migrated = migrated(engine, "schemas/postgresql");
    SchemaSnapshot schema = SchemaSnapshot.read(migrated);

    assertThat(schema.tables()).containsExactly("holder", "ledger.account", "ledger.posting");
    assertThat(schema.items()).containsKeys("ledger.posting.amount", "sequence ledger.account_seq",
        "ledger.account unique (holder)", "ledger.posting foreign key (account_id) references ledger.account (id)",
        "holder foreign key (account_id) references ledger.account (id)");
    assertThat(ENTITIES.compare(migrated, engine.newDatabase().dataSource()).differences()).isEmpty();
  }

  @Test
  void onMariaDbHibernateDropsTheSchemaSoEverythingIsInTheConnectedDatabase(MariaDbEngine engine) {
    VerificationReport report = ENTITIES.dialect(engine.hibernateDialect())
        .migrations("classpath:verification/schemas/mysql")
        .assertMatches(emptyDatabases(engine));

    assertThat(report.hibernateDdl()).contains("create table posting").doesNotContain("ledger");
  }

  @Test
  void migrationsThatMatchPassOnEveryEngine(H2Engine h2, PostgresEngine postgres) {
    assertThat(ENTITIES.migrations("classpath:verification/schemas/h2").verify(emptyDatabases(h2)).differences())
        .isEmpty();
    VerificationReport report = ENTITIES.migrations("classpath:verification/schemas/postgresql")
        .verify(emptyDatabases(postgres));
    assertThat(report.differences()).isEmpty();
    assertThat(report.hibernateDdl()).contains("create schema ledger", "create table ledger.posting");
  }

  @Test
  void aTableInTheWrongSchemaIsReportedByItsQualifiedNameOnH2(H2Engine engine) {
    VerificationReport report = ENTITIES.migrations("classpath:verification/schemas-drifted/h2")
        .verify(emptyDatabases(engine));

    assertThat(report.differences())
        .contains("missing table LEDGER.POSTING: expected present", "unexpected table POSTING: present",
            "missing LEDGER.POSTING.AMOUNT: expected type NUMERIC, JDBC type NUMERIC, size 12, digits 2, nullable yes,"
                + " default -, auto-increment NO, native type NUMERIC(12,2)")
        .anyMatch(line -> line.startsWith("unexpected POSTING foreign key (ACCOUNT_ID) references LEDGER.ACCOUNT (ID)"))
        .anyMatch(line -> line.startsWith("Hibernate's schema validation failed: ")
            && line.contains("missing table [ledger.posting]"));
  }

  @Test
  void aTableInTheWrongSchemaIsReportedByItsQualifiedNameOnPostgres(PostgresEngine engine) {
    VerificationReport report = ENTITIES.migrations("classpath:verification/schemas-drifted/postgresql")
        .verify(emptyDatabases(engine));

    assertThat(report.differences())
        .contains("missing table ledger.posting: expected present", "unexpected table posting: present")
        .anyMatch(line -> line.startsWith("missing ledger.posting primary key (id)"))
        .anyMatch(line -> line.startsWith("Hibernate's schema validation failed: ")
            && line.contains("missing table [ledger.posting]"));
  }

  private static DataSource migrated(Engine engine, String folder) {
    DataSource dataSource = engine.newDatabase().dataSource();
    Flyway.configure().dataSource(dataSource).locations("classpath:verification/" + folder)
        .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();
    return dataSource;
  }

  private static Supplier<DataSource> emptyDatabases(Engine engine) {
    return () -> engine.newDatabase().dataSource();
  }
}
