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
   * A collection or join table Hibernate names after an entity whose table is expanded: after the
   * owner ({@code Customer_tags} of {@code Customer}, now {@code client_tags}) or, for a join table, after
   * the target ({@code Shop_Customer} of {@code Shop.customers}, now {@code Shop_client}). Godwit expands
   * the entity's table only, so this one would be dropped and created empty. The way out is to keep
   * its name (and the owner's join column's) on the attribute: both releases then use the same table,
   * whose foreign key follows the entity's table to its new name. Reported on the attribute that maps
   * the new table; acknowledged (never needed) by the old one's name.
   */
  private static Optional<Finding> namedAfter(DropTable drop, String from, String to, RuleContext context) {
    String table = drop.table().name();
    String entity = Identifiers.bare(Identifiers.local(from));
    String bare = Identifiers.bare(Identifiers.local(table));
    String lower = bare.toLowerCase(Locale.ROOT);
    String prefix = (entity + "_").toLowerCase(Locale.ROOT);
    String suffix = ("_" + entity).toLowerCase(Locale.ROOT);
    boolean owner = lower.startsWith(prefix);
    if (!owner && !lower.endsWith(suffix)) {
      return Optional.empty();
    }
    String newEntity = Identifiers.bare(Identifiers.local(to));
    String renamed = owner ? newEntity + bare.substring(entity.length())
        : bare.substring(0, bare.length() - entity.length()) + newEntity;
    Optional<String> created = context.changes().stream()
        .filter(c -> c instanceof Change.CreateTable)
        .map(c -> ((Change.CreateTable) c).table().name())
        .filter(name -> Identifiers.bare(Identifiers.local(name)).equalsIgnoreCase(renamed)).findFirst();
    if (created.isEmpty()) {
      return Optional.empty();
    }
    String joinColumn = !owner ? null : drop.table().columns().stream().map(c -> Identifiers.bare(c.name()))
        .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst().orElse(null);
    String keep = "name = \"" + bare + "\"" + (joinColumn == null ? ""
        : ", joinColumns = @JoinColumn(name = \"" + joinColumn + "\")");
    String where = owner ? "@CollectionTable(" + keep + ") on an element collection, or @JoinTable(" + keep
        + ") on a many-to-many or a one-to-many without mappedBy"
        : "@JoinTable(" + keep + ") on the many-to-many or one-to-many without mappedBy that targets the entity";
    return Optional.of(Finding.onTable(ERROR, Code.DROP_TABLE, created.get(), context.dialectNames(),
        "table " + table + " is named after the entity table " + from + ", which this migration expands into " + to
            + "; Hibernate now names it " + created.get() + ", but Godwit expands only the entity's own table, so " + table
            + " would be dropped with its rows and " + created.get() + " created empty (and instances of the previous release"
            + " would lose it). Keep its name on the attribute, and both releases use the same table (its foreign key"
            + " follows " + from + " to " + to + "): " + where).withTarget(table));
  }
}
