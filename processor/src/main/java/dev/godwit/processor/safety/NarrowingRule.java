package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.Finding.Severity.ERROR;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterColumn;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;

/**
 * A type change that can lose or corrupt values on every dialect: a shorter varchar, a smaller
 * number, removed or reordered enum constants, or a change of type family without a
 * {@code @Backfill} conversion. A changed {@code columnDefinition} is opaque SQL, so Godwit cannot
 * tell and flags it. Widening (longer strings, larger integers, more precision at the same scale,
 * appended enum constants) is left to {@link TypeRewriteRule}.
 */
final class NarrowingRule implements SafetyRule {
  private static final List<TypeKind> INTEGERS = List.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);

  @Override
  public List<Finding> check(Change change, RuleContext context) {
    if (!narrows(change)) {
      return List.of();
    }
    AlterColumn alter = (AlterColumn) change;
    String column = alter.to().name();
    String target = alter.table() + "." + column;
    return List.of(Finding.onColumn(ERROR, Code.NARROWING_CHANGE, alter.table(), column, context.dialectNames(),
        "changing " + target + " from " + alter.from().describeType() + " to " + alter.to().describeType()
            + " can lose or corrupt existing values (the statement fails or truncates them, depending on the database"
            + " and its SQL mode), and it rewrites the table. Give the conversion with @Backfill(\"<SQL expression>\"),"
            + " or acknowledge it: " + Advice.acknowledge(target, Code.NARROWING_CHANGE)));
  }

  /** Whether {@code change} is a type change without a conversion that does not only widen. */
  static boolean narrows(Change change) {
    return change instanceof AlterColumn alter && alter.typeChanged() && alter.using().isEmpty()
        && !(alter.from().definition().equals(alter.to().definition()) && widens(alter.from().type(), alter.to().type()));
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
