package dev.godwit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import dev.godwit.verify.cascades.Item;
import dev.godwit.verify.cascades.Shelf;
import dev.godwit.verify.counters.Ticket;
import dev.godwit.verify.library.Author;
import dev.godwit.verify.library.Book;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The user-facing verification on real engines: migrations that build Hibernate's schema pass;
 * migrations that drift from it fail with one precise line per difference.
 */
@ExtendWith(Engines.class)
class GodwitVerificationTest {
  private static final GodwitVerification LIBRARY = GodwitVerification.forEntities(Author.class, Book.class)
      .naming(Naming.SNAKE_CASE);

  @Test
  void matchingMigrationsPassOnH2(H2Engine engine) {
    assertMatches(engine, "h2");
  }

  @Test
  void matchingMigrationsPassOnPostgres(PostgresEngine engine) {
    assertMatches(engine, "postgresql");
  }

  @Test
  void matchingMigrationsPassOnMariaDb(MariaDbEngine engine) {
    assertMatches(engine, "mysql");
  }

  private static void assertMatches(Engine engine, String folder) {
    VerificationReport report = LIBRARY.dialect(engine.hibernateDialect())
        .migrations("classpath:verification/library/" + folder)
        .assertMatches(emptyDatabases(engine));
    assertThat(report.appliedMigrations()).containsExactly("V1 create author", "V2 create book");
    assertThat(report.hibernateDdl()).contains("create table book");
  }

  @Test
  void rowsSeededByAMigrationAreDataNotSchema(H2Engine engine) {
    VerificationReport report = LIBRARY.migrations("classpath:verification/library/h2", "classpath:verification/seed/h2")
        .assertMatches(emptyDatabases(engine));
    assertThat(report.appliedMigrations()).containsExactly("V1 create author", "V2 create book", "V3 seed authors");
  }

  @Test
  void theStartRowsOfTableGeneratorsAreSchema(H2Engine engine) {
    GodwitVerification counters = GodwitVerification.forEntities(Ticket.class).naming(Naming.SNAKE_CASE);

    assertThat(counters.migrations("classpath:verification/counters/h2").verify(emptyDatabases(engine)).differences())
        .isEmpty();
    assertThat(counters.migrations("classpath:verification/counters-without-row/h2").verify(emptyDatabases(engine))
        .differences()).containsExactly("missing TICKET_IDS rows: expected contents {NEXT_VAL=10, SEQUENCE_NAME=ticket}");
    assertThat(counters.migrations("classpath:verification/counters-other-start/h2").verify(emptyDatabases(engine))
        .differences()).containsExactly("TICKET_IDS rows: contents expected {NEXT_VAL=10, SEQUENCE_NAME=ticket} but was"
            + " {NEXT_VAL=1, SEQUENCE_NAME=ticket}");
  }

  @Test
  void everyDifferenceIsReportedPrecisely(H2Engine engine) {
    VerificationReport report = LIBRARY.migrations("classpath:verification/drifted/h2").verify(emptyDatabases(engine));

    assertThat(report.matches()).isFalse();
    assertThat(report.differences()).containsExactlyInAnyOrder(
        "AUTHOR.FULL_NAME: size expected 100 but was 200; native type expected CHARACTER VARYING(100) but was CHARACTER VARYING(200)",
        "missing AUTHOR index (EMAIL): expected unique yes",
        "missing AUTHOR unique (EMAIL): expected present",
        "BOOK.PRICE: digits expected 2 but was 4; native type expected NUMERIC(10,2) but was NUMERIC(10,4)",
        "missing BOOK.TITLE: expected type CHARACTER VARYING, JDBC type VARCHAR, size 255, digits 0, nullable no, default -, auto-increment NO, native type CHARACTER VARYING(255)",
        "missing BOOK index (TITLE): expected unique no, name IDX_BOOK_TITLE",
        "BOOK foreign key (AUTHOR_ID) references AUTHOR (ID): name expected FKKLNRV3WELER2FTKWEEWLKY958 but was FK_BOOK_AUTHOR",
        "Hibernate's schema validation failed: Schema-validation: missing column [title] in table [book]");
  }

  /** Hibernate's @OnDelete: a key without the delete action Hibernate writes is one precise difference. */
  @Test
  void aMissingDeleteActionIsReportedOnH2(H2Engine engine) {
    assertDeleteAction(engine, "h2", "ITEM foreign key (SHELF_ID) references SHELF (ID): on delete expected cascade but was restrict");
  }

  @Test
  void aMissingDeleteActionIsReportedOnPostgres(PostgresEngine engine) {
    assertDeleteAction(engine, "postgresql",
        "item foreign key (shelf_id) references shelf (id): on delete expected cascade but was no action");
  }

  @Test
  void aMissingDeleteActionIsReportedOnMariaDb(MariaDbEngine engine) {
    assertDeleteAction(engine, "mysql", "item foreign key (shelf_id) references shelf (id): on delete expected cascade but was restrict");
  }

  private static void assertDeleteAction(Engine engine, String folder, String difference) {
    GodwitVerification cascades = GodwitVerification.forEntities(Shelf.class, Item.class).naming(Naming.SNAKE_CASE)
        .dialect(engine.hibernateDialect());
    assertThat(cascades.migrations("classpath:verification/cascades/" + folder).verify(emptyDatabases(engine))
        .differences()).isEmpty();
    assertThat(cascades.migrations("classpath:verification/cascades-without-action/" + folder)
        .verify(emptyDatabases(engine)).differences()).containsExactly(difference);
  }

  @Test
  void assertMatchesThrowsAnAssertionErrorListingTheDifferences(H2Engine engine) {
    assertThatThrownBy(() -> LIBRARY.migrations("classpath:verification/drifted/h2").assertMatches(emptyDatabases(engine)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("differs from the schema Hibernate creates")
        .hasMessageContaining("  - missing BOOK.TITLE")
        .satisfies(error -> assertThat(((SchemaMismatchError) error).report().differences()).hasSize(8));
  }

  @Test
  void stoppingAtAnEarlierVersionShowsWhatLaterOnesAdd(H2Engine engine) {
    VerificationReport report = LIBRARY.migrations("classpath:verification/library/h2").upTo("1")
        .verify(emptyDatabases(engine));

    assertThat(report.appliedMigrations()).containsExactly("V1 create author");
    assertThat(report.differences())
        .contains("missing table BOOK: expected present")
        .anyMatch(line -> line.startsWith("Hibernate's schema validation failed: Schema-validation: missing table [book]"));
  }

  @Test
  void aMigrationThatDoesNotRunIsReportedAsSuch(H2Engine engine) {
    VerificationReport report = LIBRARY.migrations("classpath:verification/broken/h2").verify(emptyDatabases(engine));

    assertThat(report.differences()).singleElement().asString()
        .startsWith("Flyway could not apply the migrations in [classpath:verification/broken/h2]: ")
        .contains("create tabel book");
  }

  @Test
  void anAlreadyMigratedDatabaseCanBeComparedWithoutFlyway(H2Engine engine) {
    DataSource empty = engine.newDatabase().dataSource();
    VerificationReport report = LIBRARY.compare(empty, engine.newDatabase().dataSource());

    assertThat(report.differences()).contains("missing table AUTHOR: expected present", "missing table BOOK: expected present");
  }

  @Test
  void aSupplierThatGivesTheSameDatabaseTwiceIsRefused(H2Engine engine) {
    DataSource one = engine.newDatabase().dataSource();
    assertThatThrownBy(() -> LIBRARY.migrations("classpath:verification/library/h2").verify(() -> one))
        .hasMessageContaining("gave the same database twice");
  }

  @Test
  void anEngineWithoutCatalogQueriesIsRefusedByName() {
    assertThatThrownBy(() -> Catalog.forProduct("Oracle"))
        .hasMessage("Godwit compares schemas on H2, PostgreSQL, MySQL and MariaDB; this connection is Oracle");
  }

  private static Supplier<DataSource> emptyDatabases(Engine engine) {
    return () -> engine.newDatabase().dataSource();
  }
}
