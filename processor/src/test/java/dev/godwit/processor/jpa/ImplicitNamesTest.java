package dev.godwit.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate's implicit names for collections, as its {@code hbm2ddl} wrote them for probe entities
 * (logical names, before physical naming; backticks where Hibernate quotes).
 */
class ImplicitNamesTest {

  @ParameterizedTest(name = "{0}: {1} to {2} via {3} -> {4}")
  @CsvSource({
    "JPA, app_owner, app_pet, pets, app_owner_app_pet",
    "SNAKE_CASE, app_owner, app_pet, pets, app_owner_pets",
    // a quoted table (explicitly, or a keyword) quotes the join table built from it
    "JPA, `Order`, LineItem, items, `Order_LineItem`",
    "JPA, LineItem, `Thing`, things, `LineItem_Thing`",
    "SNAKE_CASE, `Order`, LineItem, items, `Order_items`"
  })
  void joinTables(Naming naming, String owner, String target, String attribute, String expected) {
    assertThat(ImplicitNames.joinTable(Quoting.common(), naming, owner, target, attribute)).isEqualTo(expected);
  }

  @Test
  void collectionTablesTakeTheEntityNameAndTheOwnersQuoting() {
    assertThat(ImplicitNames.collectionTable(Quoting.common(), "Own", "app_owner", "nickNames")).isEqualTo("Own_nickNames");
    assertThat(ImplicitNames.collectionTable(Quoting.common(), "Thing", "`Thing`", "tags")).isEqualTo("`Thing_tags`");
  }

  @ParameterizedTest(name = "{0} to {1}.{2} -> {3}")
  @CsvSource({
    "items, LineItem, id, items_id",
    "Order, `Order`, id, `Order_id`",
    // a quoted referenced column (JPA's double quotes) quotes the join column
    "things, `Thing`, '\"Key\"', `things_Key`",
    "vets, app_owner, owner_key, vets_owner_key"
  })
  void joinColumns(String prefix, String table, String column, String expected) {
    assertThat(ImplicitNames.joinColumn(Quoting.common(), prefix, table, column)).isEqualTo(expected);
  }

  @Test
  void indexColumns() {
    assertThat(ImplicitNames.orderColumn(Quoting.common(), "genres")).isEqualTo("genres_ORDER");
    assertThat(ImplicitNames.mapKeyColumn(Quoting.common(), "bios")).isEqualTo("bios_KEY");
  }
}
