package dev.godwit.processor.plan;

import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.CreateTable;
import java.util.List;
import java.util.Locale;

/** Names a migration after what it does: {@code add_customer_email}, {@code create_order_line}. */
public final class Slugs {
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  public static String of(List<Change> changes) {
    List<Change> primary = changes.stream().filter(Change::primary).toList();
    if (primary.isEmpty()) {
      primary = changes;
    }
    // a table's expand names its migration, not the constraints renamed with it (which run first)
    primary = java.util.stream.Stream.concat(primary.stream().filter(c -> c instanceof Change.ExpandTable),
        primary.stream().filter(c -> !(c instanceof Change.ExpandTable))).toList();
    String slug;
    if (primary.stream().allMatch(c -> c instanceof CreateTable) && primary.size() <= 4) {
      slug = "create_" + String.join("_", primary.stream().map(Change::subject).toList());
    } else if (primary.size() == 1) {
      slug = primary.get(0).slug();
    } else if (primary.size() == 2) {
      slug = primary.get(0).slug() + "_and_" + primary.get(1).slug();
    } else {
      slug = primary.get(0).slug() + "_and_" + (primary.size() - 1) + "_more";
    }
    return clean(slug);
  }

  /** Lower case words joined by single underscores; camelCase split like snake_case naming. */
  static String clean(String text) {
    String snake = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    String words = snake.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (words.length() > MAX_LENGTH) {
      words = words.substring(0, MAX_LENGTH).replaceAll("_+$", "");
    }
    return words.isEmpty() ? "migration" : words;
  }
}
