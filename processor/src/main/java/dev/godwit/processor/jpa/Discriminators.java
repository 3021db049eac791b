package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.Optional;

/**
 * The discriminator column Hibernate adds to the root table of a SINGLE_TABLE hierarchy with
 * subclasses, or of any hierarchy whose root declares {@code @DiscriminatorColumn}: {@code DTYPE
 * varchar(31) not null} unless the annotation says otherwise ({@code char(1)} for CHAR, {@code integer}
 * for INTEGER).
 */
final class Discriminators {
  private static final int DEFAULT_LENGTH = 31;
  private final ReadContext context;

  Discriminators(ReadContext context) {
    this.context = context;
  }

  void add(Entity root, boolean hasSubclasses, TableParts table) {
    Optional<Annotation> declared = context.mirrors.jpa(root.type(), "DiscriminatorColumn");
    boolean needed = declared.isPresent() || hasSubclasses && root.strategy() == Entity.Strategy.SINGLE_TABLE;
    if (!needed || root.strategy() == Entity.Strategy.TABLE_PER_CLASS) {
      return;
    }
    String name = declared.map(d -> d.string("name")).filter(n -> !n.isEmpty()).orElse("DTYPE");
    String kind = declared.map(d -> d.constant("discriminatorType")).orElse("STRING");
    ColumnType type = switch (kind) {
      case "INTEGER" -> ColumnType.of(TypeKind.INTEGER);
      case "STRING" -> ColumnType.varchar(declared.map(d -> d.integer("length")).orElse(DEFAULT_LENGTH));
      // Hibernate ignores the length of a CHAR discriminator: char(1)
      case "CHAR" -> new ColumnType(TypeKind.CHAR, 1, 0, 0, java.util.List.of());
      default -> null;
    };
    if (type == null || declared.map(d -> !d.string("columnDefinition").isEmpty()).orElse(false)) {
      context.error(Code.UNSUPPORTED_MAPPING, "@DiscriminatorColumn(" + (type == null ? "discriminatorType = " + kind
          : "columnDefinition = ...") + ") is not supported by Godwit yet; the migration would differ from the "
          + "schema Hibernate builds", root.type());
      return;
    }
    String logical = context.quoting.logical(name);
    table.add(root.type(), new Column(context.naming.physical(logical), type, false, false), logical, false);
  }
}
