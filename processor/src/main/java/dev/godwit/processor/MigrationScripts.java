package dev.godwit.processor;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.plan.DialectSpelling;
import dev.godwit.processor.plan.MigrationPlan;
import dev.godwit.processor.plan.ScriptRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of one planned version in every configured dialect: up and down SQL, and Flyway's
 * {@code .sql.conf} beside a script that must run outside a transaction. Versions from
 * {@code safeFormsFrom} on use the target servers' safe forms.
 */
final class MigrationScripts {
  private MigrationScripts() {}

  /** One file: its dialect folder, its name there, and its text. */
  record Script(String dialect, String fileName, String text) {
    /** The path relative to the output folder, as the snapshot records it. */
    String path() {
      return dialect + "/" + fileName;
    }

    boolean sql() {
      return fileName.endsWith(".sql");
    }
  }

  /**
   * {@code before} and {@code kept} ({@link DialectNames#kept} of the schema after the plan) give
   * each dialect's own spelling of the names (driver keywords).
   */
  static List<Script> render(MigrationPlan plan, Schema before, Map<String, DialectNames> kept, Options options) {
    List<Script> scripts = new ArrayList<>();
    Target target = options.target().withSafeForms(plan.version() >= options.safeFormsFrom());
    for (String name : options.dialects()) {
      Dialect dialect = Dialects.byName(name, target).orElseThrow();
      MigrationPlan spelled = DialectSpelling.of(plan, name, before, kept.getOrDefault(name, DialectNames.NONE));
      scripts.add(new Script(name, "V" + plan.baseName() + ".sql", ScriptRenderer.up(spelled, dialect)));
      scripts.add(new Script(name, "U" + plan.baseName() + ".sql", ScriptRenderer.down(spelled, dialect)));
      if (!dialect.transactional(plan.up())) {
        scripts.add(new Script(name, "V" + plan.baseName() + ".sql.conf", ScriptRenderer.NON_TRANSACTIONAL_CONF));
      }
      if (!dialect.transactional(plan.down())) {
        scripts.add(new Script(name, "U" + plan.baseName() + ".sql.conf", ScriptRenderer.NON_TRANSACTIONAL_CONF));
      }
    }
    return scripts;
  }
}
