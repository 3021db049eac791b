package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.DropTable;
import dev.godwit.processor.model.Identifiers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dropping a table deletes every row in it, on every dialect, and breaks instances still using it. */
final class DropTableRule implements SafetyRule {
  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!(change instanceof DropTable drop)) {
      return List.of();
    }
    String table = drop.table().name();
    for (Change other : context.changes()) {
      if (other instanceof Change.ExpandTable expand) {
        Optional<Finding> named = namedAfter(drop, expand.expansion().from(), expand.expansion().to(), context);
        if (named.isPresent()) {
          return List.of(named.get());
        }
      }
    }
    return List.of(Finding.onTable(ERROR, Code.DROP_TABLE, table, context.dialectNames(),
        "dropping table " + table + " deletes all its rows, and instances of the previous release still running fail"
            + " on every query of it. If the entity was renamed, put @Renamed(from = \"" + table + "\") on it; if the"
            + " data may go, deploy a release that no longer uses the table first, then acknowledge it: "
            + Advice.acknowledge(table, Code.DROP_TABLE)));
  }

  /**
   * A collection or join table Hibernate names after an entity whose table is expanded
   * ({@code Customer_tags} of {@code Customer}, now {@code client_tags}): Godwit expands the entity's
   * table only, so this one would be dropped and created empty. The way out is to keep its name (and
   * its join column's) on the attribute: both releases then use the same table, whose foreign key
   * follows the entity's table to its new name.
   */
  private static Optional<Finding> namedAfter(DropTable drop, String from, String to, RuleContext context) {
    String table = drop.table().name();
    String prefix = Identifiers.bare(Identifiers.local(from)) + "_";
    String bare = Identifiers.bare(Identifiers.local(table));
    if (!bare.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String suffix = bare.substring(prefix.length());
    String renamed = Identifiers.bare(Identifiers.local(to)) + "_" + suffix;
    boolean created = context.changes().stream().anyMatch(c -> c instanceof Change.CreateTable create
        && Identifiers.bare(Identifiers.local(create.table().name())).equalsIgnoreCase(renamed));
    if (!created) {
      return Optional.empty();
    }
    String joinColumn = drop.table().columns().stream().map(c -> Identifiers.bare(c.name()))
        .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    String keep = "name = \"" + bare + "\"" + (joinColumn == null ? ""
        : ", joinColumns = @JoinColumn(name = \"" + joinColumn + "\")");
    return Optional.of(Finding.onTable(ERROR, Code.DROP_TABLE, table, context.dialectNames(),
        "table " + table + " is named after the entity table " + from + ", which this migration expands into " + to
            + "; Hibernate now names it " + renamed + ", but Godwit expands only the entity's own table, so " + table
            + " would be dropped with its rows and " + renamed + " created empty (and instances of the previous release"
            + " would lose it). Keep its name on the attribute, and both releases use the same table (its foreign key"
            + " follows " + from + " to " + to + "): @CollectionTable(" + keep + ") on an element collection, or"
            + " @JoinTable(" + keep + ") on a many-to-many"));
  }
}
