package dev.godwit.fuzz;

import dev.godwit.engines.Database;
import dev.godwit.engines.Engine;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.verify.HibernateSchema;
import dev.godwit.verify.Naming;
import dev.godwit.verify.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One evolution on one engine: V1, rows, V2; then the schema must equal what Hibernate creates for
 * B on a fresh database of the engine, Hibernate's validation must pass and no data may be lost;
 * then U2, and the schema must equal A's again.
 */
final class EngineCheck {
  private final Compilation compilation;
  private final Engine engine;
  private final String dialectName;
  private final Dialect dialect;

  EngineCheck(Compilation compilation, Engine engine) {
    this.compilation = compilation;
    this.engine = engine;
    this.dialectName = engine.migrationFolder();
    this.dialect = Dialects.byName(dialectName).orElseThrow();
  }

  /** Throws {@link Failure.Exception} at the first step that goes wrong. */
  void run() {
    Database database = engine.newDatabase();
    DataSource db = database.dataSource();
    execute(db, Compilation.V1);
    Expected a = expected(compilation.aClasses());
    compare("schema after V1", a, db, true);
    Data.fill(compilation.a(), db, dialect);
    execute(db, Compilation.V2);
    Expected b = expected(compilation.bClasses());
    compare("schema after V2", b, db, false);
    try {
      hibernate(compilation.bClasses()).validate(db);
    } catch (RuntimeException e) {
      throw new Failure.Exception("Hibernate validate after V2", engine.label(), String.valueOf(e.getMessage()));
    }
    List<String> lost = Data.differences(compilation.a(), compilation.b(), db, dialect);
    if (!lost.isEmpty()) {
      throw new Failure.Exception("data after V2", engine.label(), String.join("\n", lost));
    }
    if (!compilation.evolution().undoKeepsData()) {
      Data.clear(compilation.b(), db, dialect);
    }
    execute(db, Compilation.U2);
    compare("schema after U2", a, db, false);
  }

  /** Hibernate's own schema for the classes, on a fresh database of the engine, and the DDL it ran. */
  private record Expected(SchemaSnapshot schema, String ddl) {}

  private Expected expected(List<Class<?>> classes) {
    DataSource fresh = engine.newDatabase().dataSource();
    String ddl;
    try {
      ddl = hibernate(classes).create(fresh);
    } catch (RuntimeException e) {
      throw new Failure.Exception("Hibernate create", engine.label(), String.valueOf(e.getMessage()));
    }
    return new Expected(SchemaSnapshot.readFresh(fresh), ddl);
  }

  private HibernateSchema hibernate(List<Class<?>> classes) {
    return HibernateSchema.of(classes).withNaming(Naming.SNAKE_CASE).withDialect(engine.hibernateDialect());
  }

  /**
   * {@code counters}: also compare the next value of MySQL's sequence tables. Only before rows are
   * in: a migration moves a sequence that takes over a table with rows past their ids, away from
   * the initial value Hibernate creates.
   */
  private void compare(String step, Expected expected, DataSource db, boolean counters) {
    List<String> differences = SchemaSnapshot.differences(withoutEntityRows(expected.schema(), counters),
        withoutEntityRows(SchemaSnapshot.read(db, expected.schema().rowTables()), counters), expected.ddl());
    if (!differences.isEmpty()) {
      throw new Failure.Exception(step, engine.label(), String.join("\n", differences));
    }
  }

  /** Entity tables hold the fuzzer's rows; only the contents of MySQL's one-row sequence tables are schema. */
  private SchemaSnapshot withoutEntityRows(SchemaSnapshot schema, boolean counters) {
    Set<String> tables = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    compilation.a().entities().forEach(e -> tables.add(e.table()));
    compilation.b().entities().forEach(e -> tables.add(e.table()));
    SchemaSnapshot.Builder builder = new SchemaSnapshot.Builder();
    schema.items().forEach((key, item) -> {
      String rowsOf = key.endsWith(" rows") ? key.substring(0, key.length() - " rows".length()) : null;
      if (rowsOf != null && (tables.contains(rowsOf) || !counters && schema.items().containsKey(rowsOf + ".next_val")
          && !schema.items().containsKey(rowsOf + ".sequence_name"))) {
        return;
      }
      List<String> properties = item.properties().entrySet().stream()
          .flatMap(p -> java.util.stream.Stream.of(p.getKey(), p.getValue())).collect(Collectors.toList());
      builder.add(key, item.name(), properties.toArray(String[]::new));
    });
    return builder.build();
  }

  private void execute(DataSource db, String prefix) {
    try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : compilation.statements(dialectName, prefix)) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          throw new Failure.Exception("apply " + prefix, engine.label(), sql + "\n" + e.getMessage());
        }
      }
    } catch (SQLException e) {
      throw new Failure.Exception("apply " + prefix, engine.label(), e.getMessage());
    }
  }
}
