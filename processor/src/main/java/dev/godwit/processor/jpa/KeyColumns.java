package dev.godwit.processor.jpa;

import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.TypeKind;
import java.util.List;

/**
 * The primary key columns of an entity as a foreign key referring to it sees them: names,
 * logical names (for implicit join column names) and types.
 */
final class KeyColumns {
  /** One primary key column, with the logical name implicit join column names are built from. */
  record KeyColumn(String logicalName, Column column) {}

  private final ReadContext context;
  private final ColumnNames names;
  private final BasicColumns basics;

  KeyColumns(ReadContext context, ColumnNames names, BasicColumns basics) {
    this.context = context;
    this.names = names;
    this.basics = basics;
  }

  List<KeyColumn> of(Entity entity) {
    return entity.ids().stream().map(id -> {
      ColumnType type = basics.type(id).orElse(ColumnType.of(TypeKind.BIGINT));
      String logical = names.logical(id);
      // A referring column takes over the key's columnDefinition, as Hibernate copies its SQL type.
      java.util.Optional<String> definition = context.mirrors.jpa(id.element(), "Column")
          .map(c -> c.string("columnDefinition")).filter(d -> !d.isBlank());
      return new KeyColumn(logical, new Column(context.physical(logical), type, false, false).withDefinition(definition));
    }).toList();
  }
}
