package dev.godwit.processor.safety;

import dev.godwit.processor.dialect.ChangeImpact;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.model.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a rule may look at besides the change: the target dialects, the schemas before and after
 * the migration, and every change in it.
 */
public record RuleContext(List<Dialect> dialects, Schema before, Schema after, List<Change> changes) {

  public RuleContext {
    dialects = List.copyOf(dialects);
    changes = List.copyOf(changes);
  }

  List<String> dialectNames() {
    return dialects.stream().map(Dialect::name).toList();
  }

  List<String> dialectsWhere(Predicate<Dialect> condition) {
    return dialects.stream().filter(condition).map(Dialect::name).toList();
  }

  /** The dialects on which today's SQL for {@code change} keeps writers waiting as the table grows. */
  List<Dialect> stalling(Change change) {
    return dialects.stream().filter(d -> d.impact(change).stallsWritersWithTableSize()).toList();
  }

  /**
   * The dialects on which adding {@code add} keeps writers waiting as the table grows only because
   * of its default: without it, the column would be added without that stall.
   */
  List<Dialect> stallingByDefault(Change.AddColumn add) {
    Change.AddColumn withoutDefault =
        new Change.AddColumn(add.table(), add.column().withDefaultValue(Optional.empty()), add.backfill());
    return stalling(add).stream().filter(d -> !d.impact(withoutDefault).stallsWritersWithTableSize()).toList();
  }

  /** One line per dialect saying what it does, e.g. {@code "postgresql: builds ... (SHARE lock)"}. */
  static String howEach(List<Dialect> dialects, Change change) {
    Map<String, String> lines = new java.util.LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      ChangeImpact impact = dialect.impact(change);
      lines.put(dialect.name(), impact.howDone() + " (" + impact.lock() + ")");
    }
    return lines.entrySet().stream().map(e -> "on " + e.getKey() + " it " + e.getValue())
        .collect(Collectors.joining("; "));
  }

  static List<String> names(List<Dialect> dialects) {
    return dialects.stream().map(Dialect::name).toList();
  }
}
