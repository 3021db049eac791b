package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-place renames of a table expand's keys, per dialect, and their undo. */
class RenameKeySqlTest {
  private static final Change.RenameUnique UNIQUE = new Change.RenameUnique("client", "Customer",
      new UniqueKey("UKold", List.of("email"), true), "client", new UniqueKey("UKnew", List.of("email"), true));
  private static final Change.RenameIndex INDEX = new Change.RenameIndex("client",
      new Index("IDXold", List.of("name"), false), new Index("IDXnew", List.of("name"), false));
  private static final Change.RenameForeignKey FOREIGN_KEY = new Change.RenameForeignKey("Purchase",
      new ForeignKey("FKold", List.of("customer_id"), "client", List.of("id")),
      new ForeignKey("FKnew", List.of("customer_id"), "client", List.of("id")), true);

  @Test
  void postgresRenamesInPlaceInBriefRetriedSteps() {
    PostgresDialect dialect = new PostgresDialect(Target.DEFAULT);
    // the implicit unique constraint is named after the table by PostgreSQL itself
    assertThat(dialect.statements(UNIQUE)).containsExactly(
        "call pg_temp.godwit_retry($$alter table client rename constraint customer_email_key to client_email_key$$)");
    assertThat(dialect.statements(UNIQUE.reverse())).containsExactly(
        "call pg_temp.godwit_retry($$alter table client rename constraint client_email_key to customer_email_key$$)");
    assertThat(dialect.statements(INDEX)).containsExactly(
        "call pg_temp.godwit_retry($$alter index IDXold rename to IDXnew$$)");
    assertThat(dialect.statements(FOREIGN_KEY)).containsExactly(
        "call pg_temp.godwit_retry($$alter table Purchase rename constraint FKold to FKnew$$)");
    assertThat(dialect.impact(FOREIGN_KEY).safeForm()).isTrue();
    assertThat(dialect.impact(INDEX).rewritesTable()).isFalse();
  }

  @Test
  void mysqlRenamesIndexesInPlaceAndSwapsAForeignKeyInOneStatementWithoutReadingRows() {
    MySqlDialect dialect = new MySqlDialect(Target.DEFAULT);
    assertThat(dialect.statements(UNIQUE)).containsExactly(
        "alter table client rename index UKold to UKnew, algorithm=inplace, lock=none");
    assertThat(dialect.statements(INDEX)).containsExactly(
        "alter table client rename index IDXold to IDXnew, algorithm=inplace, lock=none");
    assertThat(dialect.statements(FOREIGN_KEY)).containsExactly("set foreign_key_checks = 0",
        "alter table Purchase drop foreign key FKold, rename index FKold to FKnew, add constraint FKnew foreign key"
            + " (customer_id) references client (id), algorithm=inplace, lock=none",
        "set foreign_key_checks = 1");
    assertThat(dialect.statements(FOREIGN_KEY.reverse())).contains("alter table Purchase drop foreign key FKnew,"
        + " rename index FKnew to FKold, add constraint FKold foreign key (customer_id) references client (id),"
        + " algorithm=inplace, lock=none");
    // a key served by another index has no index of its own to rename
    Change.RenameForeignKey served = new Change.RenameForeignKey("Purchase", FOREIGN_KEY.from(), FOREIGN_KEY.to(), false);
    assertThat(dialect.statements(served).get(1)).doesNotContain("rename index");
    assertThat(dialect.impact(FOREIGN_KEY).rewritesTable()).isFalse();
    assertThat(dialect.impact(FOREIGN_KEY).scalesWithTable()).isFalse();
  }

  @Test
  void h2RenamesPlainly() {
    H2Dialect dialect = new H2Dialect();
    assertThat(dialect.statements(UNIQUE)).containsExactly("alter table client rename constraint UKold to UKnew");
    assertThat(dialect.statements(INDEX)).containsExactly("alter index IDXold rename to IDXnew");
    assertThat(dialect.statements(FOREIGN_KEY)).containsExactly("alter table Purchase rename constraint FKold to FKnew");
  }
}
