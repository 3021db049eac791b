package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddForeignKey;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateSequence;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A constraint, index or sequence name past a dialect's identifier limit: MySQL refuses it,
 * PostgreSQL truncates it silently (so the name Godwit records, and later drops by, does not
 * exist), H2 refuses it. Names the database chooses itself (unnamed unique keys) are not checked;
 * table and column names are checked while reading the entities ({@code GW108}).
 */
final class NameLengthRule implements SafetyRule {

  /**
   * A name the change creates, what it is, the column whose attribute declares it, if any, and the
   * columns of the index or key (empty for a sequence).
   */
  private record Name(String table, Optional<String> column, String kind, String name, List<String> columns) {}

  @Override
  public List<Finding> check(Change change, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Name name : names(change)) {
      List<Dialect> refusing = context.dialects().stream().filter(d -> !d.fitsIdentifier(name.name())).toList();
      if (refusing.isEmpty()) {
        continue;
      }
      String limits = String.join("; ", refusing.stream().map(d -> d.name() + " allows " + d.identifierLimit()).toList());
      String target = name.kind().equals("sequence") ? name.name() : name.table() + "." + name.name();
      String shorter = Advice.shorterName(name.name(), context.dialects());
      findings.add(new Finding(ERROR, Code.CONSTRAINT_NAME_TOO_LONG, name.table(), name.column(), Finding.Hint.NONE, target,
          RuleContext.names(refusing), name.kind() + " name " + name.name() + " is " + name.name().length()
              + " characters long: " + limits + ". Give it a name every target database keeps, e.g. " + shorter
              + " (its start, and a hash of the whole name): " + annotation(name, shorter)));
    }
    return findings;
  }

  /** Where the name is declared, with the shorter name in it. */
  private static String annotation(Name name, String shorter) {
    String quoted = "\"" + shorter + "\"";
    return switch (name.kind()) {
      case "index" -> "@Index(name = " + quoted + ", columnList = \"" + String.join(", ", name.columns()) + "\") in @Table(indexes = ...)";
      case "unique constraint" -> "@UniqueConstraint(name = " + quoted + ", columnNames = {"
          + String.join(", ", name.columns().stream().map(c -> "\"" + c + "\"").toList()) + "}) in @Table(uniqueConstraints = ...)";
      case "foreign key" -> "foreignKey = @ForeignKey(name = " + quoted + ") on the @JoinColumn (or @JoinTable,"
          + " @CollectionTable) of " + String.join(", ", name.columns());
      default -> "@SequenceGenerator(name = \"...\", sequenceName = " + quoted + ") on the id, the generator its"
          + " @GeneratedValue(generator = \"...\") names";
    };
  }

  private static List<Name> names(Change change) {
    List<Name> names = new ArrayList<>();
    if (change instanceof CreateTable create) {
      Table table = create.table();
      for (UniqueKey key : table.uniqueKeys()) {
        unique(table.name(), key).ifPresent(names::add);
      }
      for (Index index : table.indexes()) {
        names.add(new Name(table.name(), Optional.empty(), "index", index.name(), index.columns()));
      }
    } else if (change instanceof AddUnique add) {
      unique(add.table(), add.key()).ifPresent(names::add);
    } else if (change instanceof CreateIndex create) {
      names.add(new Name(create.table(), Optional.empty(), "index", create.index().name(), create.index().columns()));
    } else if (change instanceof AddForeignKey add) {
      names.add(new Name(add.table(), Optional.of(add.key().columns().get(0)), "foreign key", add.key().name(),
          add.key().columns()));
    } else if (change instanceof CreateSequence create) {
      names.add(new Name(create.sequence().name(), Optional.empty(), "sequence", create.sequence().name(), List.of()));
    } else if (change instanceof Change.RenameSequence rename) {
      names.add(new Name(rename.to(), Optional.empty(), "sequence", rename.to(), List.of()));
    }
    return names;
  }

  private static Optional<Name> unique(String table, UniqueKey key) {
    if (key.implicitName()) {
      return Optional.empty();
    }
    Optional<String> column = key.columns().size() == 1 ? Optional.of(key.columns().get(0)) : Optional.empty();
    return Optional.of(new Name(table, column, "unique constraint", key.name(), key.columns()));
  }
}
