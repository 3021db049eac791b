package dev.godwit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison the history test relies on: it must see every kind of difference, and only those. */
class SchemaSnapshotTest {
  private static final String DDL = "create table customer (id bigint, email varchar(200)); "
      + "alter table customer add constraint UKemail unique (email)";

  private static SchemaSnapshot.Builder customer(String emailType, String uniqueName, String primaryKeyName) {
    return new SchemaSnapshot.Builder()
        .add("table customer", null)
        .add("customer.email", null, "type", emailType, "nullable", "no")
        .add("customer unique (email)", uniqueName)
        .add("customer primary key (id)", primaryKeyName);
  }

  @Test
  void sameSchemaHasNoDifferences() {
    assertThat(SchemaSnapshot.differences(customer("varchar(200)", "UKemail", "PK_1").build(),
        customer("varchar(200)", "UKemail", "PK_1").build(), DDL)).isEmpty();
  }

  @Test
  void reportsEachDifferingAspectOfAnObject() {
    List<String> differences = SchemaSnapshot.differences(customer("varchar(200)", "UKemail", "PK_1").build(),
        customer("varchar(100)", "UKemail", "PK_1").build(), DDL);
    assertThat(differences).containsExactly("customer.email: type expected varchar(200) but was varchar(100)");
  }

  @Test
  void reportsMissingAndUnexpectedObjects() {
    SchemaSnapshot expected = customer("varchar(200)", "UKemail", "PK_1").build();
    SchemaSnapshot actual = customer("varchar(200)", "UKemail", "PK_1").add("customer.phone", null, "type", "text").build();
    assertThat(SchemaSnapshot.differences(actual, expected, DDL))
        .containsExactly("missing customer.phone: expected type text");
    assertThat(SchemaSnapshot.differences(expected, actual, DDL))
        .containsExactly("unexpected customer.phone: type text");
  }

  @Test
  void comparesNamesHibernateChoseButNotNamesTheDatabasePicked() {
    List<String> differences = SchemaSnapshot.differences(customer("varchar(200)", "UKemail", "PK_1").build(),
        customer("varchar(200)", "UK_other", "PK_2").build(), DDL);
    assertThat(differences).containsExactly("customer unique (email): name expected UKemail but was UK_other");
  }
}
