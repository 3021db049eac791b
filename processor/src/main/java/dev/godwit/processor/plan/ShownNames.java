package dev.godwit.processor.plan;

import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Table and sequence names as the report shows them. Where every dialect of the report is MySQL,
 * which keeps no schemas (Hibernate drops {@code @Table(schema)} and puts the table into the
 * connection's database), {@code billing.invoice} is shown as the {@code invoice} the database holds.
 * Acknowledgement snippets ({@code @AllowDestructive(...)}) keep the entity model's names: those are
 * what an acknowledgement is matched against.
 */
final class ShownNames {
  private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("@AllowDestructive\\([^)]*\\)");

  private final boolean schemas;
  private final Pattern pattern;

  private ShownNames(boolean schemas, List<String> qualified) {
    this.schemas = schemas;
    this.pattern = qualified.isEmpty() ? null : Pattern.compile("(?<![\\w`.])(" + String.join("|",
        qualified.stream().map(Pattern::quote).toList()) + ")(?![\\w`])");
  }

  static ShownNames of(List<Dialect> dialects, Schema before, Schema after) {
    if (dialects.stream().anyMatch(Dialect::keepsSchemas)) {
      return new ShownNames(true, List.of());
    }
    TreeSet<String> names = new TreeSet<>();
    Stream.of(before, after).forEach(schema -> {
      schema.tables().stream().map(Table::name).forEach(names::add);
      schema.sequences().stream().map(Sequence::name).forEach(names::add);
    });
    // longest first, so billing.`order`.x would never be cut at a shorter prefix
    return new ShownNames(false, names.stream().filter(n -> Identifiers.schema(n).isPresent())
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList());
  }

  /** Whether tables are shown with their schema. */
  boolean schemas() {
    return schemas;
  }

  /** {@code text} with each qualified name replaced by its name within the schema, outside acknowledgement snippets. */
  String text(String text) {
    if (pattern == null) {
      return text;
    }
    StringBuilder shown = new StringBuilder();
    Matcher snippet = ACKNOWLEDGEMENT.matcher(text);
    int from = 0;
    while (snippet.find()) {
      shown.append(local(text.substring(from, snippet.start()))).append(snippet.group());
      from = snippet.end();
    }
    return shown.append(local(text.substring(from))).toString();
  }

  private String local(String text) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Identifiers.local(m.group(1))));
  }
}
