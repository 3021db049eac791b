package dev.godwit.processor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The steps of a PostgreSQL migration outside a transaction, as {@link PostgresRerunnable} writes
 * them so that a second run passes over what a failed first run did: statements in, statements out.
 */
class PostgresRerunnableTest {
  private final PostgresRerunnable rerunnable = new PostgresRerunnable(new PostgresDialect(Target.DEFAULT));

  private static String retried(String sql) {
    return PostgresSafeForms.retried(sql);
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of(retried("alter table customer add column nickname varchar(50)"),
            retried("alter table customer add column if not exists nickname varchar(50)")),
        Arguments.of(retried("alter table customer drop column nickname"),
            retried("alter table customer drop column if exists nickname")),
        Arguments.of(retried("alter table customer drop constraint fk_customer_invoice"),
            retried("alter table customer drop constraint if exists fk_customer_invoice")),
        Arguments.of("create table note (id bigint, primary key (id))",
            "create table if not exists note (id bigint, primary key (id))"),
        Arguments.of("create unique index uk_note on note (id)", "create unique index if not exists uk_note on note (id)"),
        Arguments.of("create sequence note_seq start with 1 increment by 50",
            "create sequence if not exists note_seq start with 1 increment by 50"),
        Arguments.of(retried("drop table note"), retried("drop table if exists note")),
        Arguments.of("drop sequence note_seq", "drop sequence if exists note_seq"),
        Arguments.of("insert into id_blocks (block, next_block) values ('o''brien', greatest(0, (select max(id) from t)))",
            "insert into id_blocks (block, next_block) select 'o''brien', greatest(0, (select max(id) from t))"
                + " where not exists (select from id_blocks where block = 'o''brien')"),
        // already re-runnable: unchanged
        Arguments.of("drop index concurrently if exists idx_name", "drop index concurrently if exists idx_name"),
        Arguments.of("create index concurrently idx_name on customer (name)", "create index concurrently idx_name on customer (name)"),
        Arguments.of(retried("alter table customer validate constraint fk_x"), retried("alter table customer validate constraint fk_x")),
        Arguments.of(retried("alter table customer alter column name set not null"),
            retried("alter table customer alter column name set not null")));
  }

  @ParameterizedTest
  @MethodSource("steps")
  void eachStepPassesOverWhatIsDone(String step, String rerunnable) {
    assertThat(this.rerunnable.of(List.of(step))).containsExactly(rerunnable);
  }

  @Test
  void aRenameRunsOnlyWhileTheOldNameIsThere() {
    assertThat(rerunnable.of(List.of(retried("alter table customer rename column \"Name\" to full_name"))))
        .singleElement().asString()
        .contains("attrelid = to_regclass('customer') and attname = 'Name' and not attisdropped",
            retried("alter table customer rename column \"Name\" to full_name"));
    assertThat(rerunnable.of(List.of(retried("alter table customer rename to client")))).singleElement().asString()
        .contains("select where to_regclass('customer') is not null", retried("alter table customer rename to client"));
    assertThat(rerunnable.of(List.of("alter sequence Customer_SEQ rename to Client_SEQ"))).singleElement().asString()
        .contains("select where to_regclass('Customer_SEQ') is not null", "execute 'alter sequence Customer_SEQ rename to Client_SEQ'");
    assertThat(rerunnable.of(List.of(retried("alter table customer rename constraint gwx_uk to uk_customer")))).singleElement()
        .asString().contains("conrelid = to_regclass('customer') and conname = 'gwx_uk'");
  }

  /** A constraint attached to an index is dropped first, before the index is dropped and built again. */
  @Test
  void aConstraintAddedInPlaceIsDroppedFirstIfAnEarlierRunLeftIt() {
    List<String> steps = List.of("set lock_timeout = 0", "drop index concurrently if exists UKcustomer_code",
        "create unique index concurrently UKcustomer_code on customer (code)", "set lock_timeout = '100ms'",
        retried("alter table customer add constraint UKcustomer_code unique using index UKcustomer_code"));
    List<String> again = rerunnable.of(steps);
    assertThat(again).hasSize(6);
    assertThat(again.get(0)).startsWith("do $godwit$").contains("conname = 'ukcustomer_code'",
        retried("alter table customer drop constraint UKcustomer_code"));
    assertThat(again.subList(1, 6)).containsExactlyElementsOf(steps);
  }

  @Test
  void aConstraintAddedNotValidKeepsItsOwnCleanup() {
    String notValid = retried("alter table orders add constraint fk_orders foreign key (customer_id) references customer (id) not valid");
    assertThat(rerunnable.of(List.of(notValid))).containsExactly(notValid);
  }

  @Test
  void aTransactionalMigrationIsNotRewritten() {
    PostgresDialect dialect = new PostgresDialect(Target.DEFAULT);
    dev.godwit.processor.diff.Change add = new dev.godwit.processor.diff.Change.AddColumn("customer",
        dev.godwit.processor.testing.SchemaFixtures.varchar("nickname", 50), java.util.Optional.empty());
    assertThat(dialect.statements(add, true)).isEqualTo(dialect.statements(add));
    assertThat(dialect.statements(add, false)).singleElement().asString().contains("add column if not exists nickname");
  }
}
