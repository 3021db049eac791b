package dev.godwit.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keys {@code "table"} and {@code "table.column"} (the origins of tables and columns) named with
 * their table's schema once every table is read.
 */
class SchemasTest {

  /** No conflict is reported here, so the context is never used. */
  private static Schemas schemas(Map<String, String> schemaByTable) {
    Schemas schemas = new Schemas(null);
    schemaByTable.forEach((table, schema) -> schemas.table(table, Optional.of(schema), null));
    return schemas;
  }

  @Test
  void aKeysTablePartIsTheLongestTableNameItStartsWith() {
    Schemas schemas = schemas(Map.of("`a.b`", "billing", "a", "sales", "x.y", "audit"));
    Map<String, Integer> keys = new LinkedHashMap<>();
    keys.put("`a.b`", 1);
    keys.put("`a.b`.amount", 2);
    keys.put("a", 3);
    keys.put("a.total", 4);
    // "x.y" and "x" are both tables: the longer wins
    keys.put("x.y.id", 5);
    keys.put("x.id", 6);
    // no table of that name, or a table in the default schema: unchanged
    keys.put("ghost.id", 7);
    keys.put("plain.id", 8);
    keys.put("a.", 9);

    Map<String, Integer> qualified = schemas.qualifyKeys(keys, List.of("`a.b`", "a", "plain", "x", "x.y"));

    assertThat(qualified).containsExactlyInAnyOrderEntriesOf(Map.of(
        "billing.`a.b`", 1, "billing.`a.b`.amount", 2, "sales.a", 3, "sales.a.total", 4, "audit.x.y.id", 5,
        "x.id", 6, "ghost.id", 7, "plain.id", 8, "sales.a.", 9));
  }

  @Test
  void withoutSchemasTheKeysAreKept() {
    Map<String, Integer> keys = Map.of("a.total", 1);
    assertThat(new Schemas(null).qualifyKeys(keys, List.of("a"))).isSameAs(keys);
  }

  /**
   * One lookup per dot of a key, not a scan of every table per key (the scan compared these 40,000
   * keys with 20,000 table names each, 800 million comparisons; the lookups take milliseconds). Its
   * speed is measured by the benchmarks, not timed here.
   */
  @Test
  void manyTablesInSchemasTakeOneLookupPerKey() {
    Map<String, String> schemaByTable = new LinkedHashMap<>();
    Map<String, Integer> keys = new LinkedHashMap<>();
    List<String> tables = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String table = "t" + i;
      tables.add(table);
      schemaByTable.put(table, "s" + i % 7);
      keys.put(table, i);
      keys.put(table + ".c", i);
    }
    Map<String, Integer> qualified = schemas(schemaByTable).qualifyKeys(keys, tables);
    assertThat(qualified).hasSize(40_000).containsEntry("s3.t10.c", 10).containsEntry("s6.t19998", 19_998);
  }
}
