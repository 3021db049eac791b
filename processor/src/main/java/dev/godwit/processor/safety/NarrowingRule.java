package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;
import java.util.Optional;

/**
 * A type change that can lose or corrupt values: a shorter varchar, a smaller number, removed or
 * reordered enum constants, or a change of type family without a {@code @Backfill} conversion.
 * A changed {@code columnDefinition} is opaque SQL, so Godwit cannot tell and flags it.
 * Widening (longer strings, larger integers, more precision at the same scale, appended enum
 * constants) passes.
 */
final class NarrowingRule implements SafetyRule {
  private static final List<TypeKind> INTEGERS = List.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

  @Override
  public Optional<Finding> check(Change change) {
    if (!(change instanceof AlterColumn alter) || !alter.typeChanged() || alter.using().isPresent()) {
      return Optional.empty();
    }
    ColumnType from = alter.from().type();
    ColumnType to = alter.to().type();
    boolean sameDefinition = alter.from().definition().equals(alter.to().definition());
    if (sameDefinition && widens(from, to)) {
      return Optional.empty();
    }
    String column = alter.to().name();
    return Optional.of(new Finding(Finding.Severity.ERROR, Code.NARROWING_CHANGE, alter.table(), Optional.of(column),
        "changing " + alter.table() + "." + column + " from " + alter.from().describeType() + " to "
            + alter.to().describeType()
            + " can lose or corrupt existing values. Give the conversion with @Backfill(\"<SQL expression>\"), or "
            + "acknowledge it: @AllowDestructive(value = \"" + alter.table() + "." + column + "\", reason = \"...\")"));
  }

  static boolean widens(ColumnType from, ColumnType to) {
    if (from.kind() == to.kind()) {
      return switch (to.kind()) {
        case VARCHAR, CHAR, VARBINARY -> to.length() >= from.length();
        case CLOB, BLOB -> to.length() == 0 || from.length() > 0 && to.length() >= from.length();
        case NUMERIC -> to.scale() == from.scale() && to.precision() >= from.precision();
        case TIME, TIMESTAMP, TIMESTAMP_UTC -> to.precision() >= from.precision();
        case ENUM_STRING -> to.values().containsAll(from.values()) && to.length() >= from.length();
        case ENUM_ORDINAL -> to.values().size() >= from.values().size()
            && to.values().subList(0, from.values().size()).equals(from.values());
        default -> true;
      };
    }
    if (INTEGERS.contains(from.kind()) && INTEGERS.contains(to.kind())) {
      return INTEGERS.indexOf(to.kind()) >= INTEGERS.indexOf(from.kind());
    }
    return from.kind() == TypeKind.REAL && to.kind() == TypeKind.DOUBLE
        || from.kind() == TypeKind.VARCHAR && to.kind() == TypeKind.CLOB
        || from.kind() == TypeKind.VARBINARY && to.kind() == TypeKind.BLOB;
  }
}
