package dev.godwit.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The comparison itself: it must see real differences and ignore only names H2 picked. */
class DatabaseSchemaTest {
  private static int databases;

  static DatabaseSchema schemaOf(String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:compare" + (++databases));
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
      return DatabaseSchema.read(connection, false);
    }
  }

  static final String PARENT = "create table parent (id bigint primary key)";

  @Test
  void namesH2PicksAreNotCompared() throws SQLException {
    DatabaseSchema unnamed = schemaOf(PARENT, "create table t (id bigint, a int unique, p bigint, primary key (id))",
        "alter table t add constraint FK1 foreign key (p) references parent");
    DatabaseSchema named = schemaOf(PARENT, "create table t (id bigint, a int, p bigint, primary key (id), constraint UKa unique (a))",
        "alter table t add constraint FK1 foreign key (p) references parent");
    assertThat(DatabaseSchema.differences(unnamed, named)).isEmpty();
  }

  @Test
  void seesEachKindOfDifference() throws SQLException {
    DatabaseSchema base = schemaOf(PARENT, "create table t (id bigint, a varchar(10) not null, p bigint, primary key (id),"
        + " constraint uk_a unique (a))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 50");
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(20) not null, p bigint,"
        + " primary key (id), constraint uk_a unique (a))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 50")))
        .as("length").isNotEmpty();
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(10), p bigint,"
        + " primary key (id), constraint uk_a unique (a))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 50")))
        .as("nullability").isNotEmpty();
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(10) not null, p bigint,"
        + " primary key (id), constraint uk_b unique (a))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 50")))
        .as("unique name chosen by the user").isNotEmpty();
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(10) not null, p bigint,"
        + " primary key (id), constraint uk_a unique (a))", "create index idx_p on t (p)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 50")))
        .as("index order").isNotEmpty();
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(10) not null, p bigint,"
        + " primary key (id), constraint uk_a unique (a))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK2 foreign key (p) references parent", "create sequence s start with 1 increment by 50")))
        .as("foreign key name").isNotEmpty();
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(10) not null, p bigint,"
        + " primary key (id), constraint uk_a unique (a))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 1")))
        .as("sequence").isNotEmpty();
    assertThat(DatabaseSchema.differences(base, schemaOf(PARENT, "create table t (id bigint, a varchar(10) not null, p bigint,"
        + " primary key (id), constraint uk_a unique (a), check (p > 0))", "create index idx_p on t (p desc)",
        "alter table t add constraint FK1 foreign key (p) references parent", "create sequence s start with 1 increment by 50")))
        .as("check").isNotEmpty();
  }
}
