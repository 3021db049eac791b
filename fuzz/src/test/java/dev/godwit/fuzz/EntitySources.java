package dev.godwit.fuzz;

import dev.godwit.fuzz.FieldType.Kind;
import dev.godwit.fuzz.Model.Entity;
import dev.godwit.fuzz.Model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes a {@link Model} as Java entity sources (package {@code fz}), one file per entity. */
final class EntitySources {
  static final String PACKAGE = "fz";

  private EntitySources() {}

  /** Path (relative, e.g. {@code fz/Customer.java}) to source text, in a stable order. */
  static Map<String, String> of(Model model) {
    Map<String, String> sources = new TreeMap<>();
    String acknowledging = model.entities().stream().map(Entity::className).sorted().findFirst().orElse(null);
    for (Entity entity : model.entities()) {
      boolean acknowledges = entity.className().equals(acknowledging) && !model.allowDestructive().isEmpty();
      sources.put(PACKAGE + "/" + entity.className() + ".java",
          source(model, entity, acknowledges ? model.allowDestructive() : List.of()));
    }
    return sources;
  }

  private static String source(Model model, Entity entity, List<String> acknowledged) {
    StringBuilder java = new StringBuilder("package " + PACKAGE + ";\n\n");
    java.append("import dev.godwit.*;\nimport jakarta.persistence.*;\n\n@Entity\n");
    entity.renamedFrom().ifPresent(from -> java.append("@Renamed(from = ").append(literal(from)).append(")\n"));
    if (!acknowledged.isEmpty()) {
      java.append("@AllowDestructive(value = {").append(acknowledged.stream().map(EntitySources::literal)
          .collect(Collectors.joining(", "))).append("}, reason = \"fuzz: acknowledged\")\n");
    }
    List<String> table = new ArrayList<>();
    if (!entity.uniques().isEmpty()) {
      table.add("uniqueConstraints = {" + entity.uniques().stream()
          .map(u -> "@UniqueConstraint(columnNames = {" + u.stream().map(f -> literal(logical(model, entity, f)))
              .collect(Collectors.joining(", ")) + "})")
          .collect(Collectors.joining(", ")) + "}");
    }
    if (!entity.indexes().isEmpty()) {
      table.add("indexes = {" + entity.indexes().stream()
          .map(i -> "@Index(columnList = " + literal(i.stream().map(f -> logical(model, entity, f))
              .collect(Collectors.joining(", "))) + ")")
          .collect(Collectors.joining(", ")) + "}");
    }
    if (!table.isEmpty()) {
      java.append("@Table(").append(String.join(", ", table)).append(")\n");
    }
    java.append("public class ").append(entity.className()).append(" {\n  @Id\n");
    switch (entity.idMapping()) {
      case SEQUENCE -> java.append("  @GeneratedValue(strategy = GenerationType.SEQUENCE)\n");
      case IDENTITY -> java.append("  @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
      case ASSIGNED -> { }
    }
    java.append("  private Long id;\n");
    for (Field field : entity.fields()) {
      java.append('\n');
      field(model, field, java);
    }
    for (Field field : entity.fields()) {
      if (field.type().kind() == Kind.ENUM_STRING || field.type().kind() == Kind.ENUM_ORDINAL) {
        java.append("\n  public enum ").append(enumName(field)).append(" { ")
            .append(String.join(", ", field.type().constants())).append(" }\n");
      }
    }
    return java.append("}\n").toString();
  }

  private static void field(Model model, Field field, StringBuilder java) {
    field.renamedFrom().ifPresent(from -> java.append("  @Renamed(from = ").append(literal(from)).append(")\n"));
    field.backfill().ifPresent(b -> java.append("  @Backfill(").append(literal(b.sql(field.column()))).append(")\n"));
    FieldType type = field.type();
    if (type.kind() == Kind.REFERENCE) {
      String target = model.entity(field.target().orElseThrow()).orElseThrow().className();
      java.append("  @ManyToOne\n");
      List<String> join = new ArrayList<>();
      if (!field.nullable()) {
        join.add("nullable = false");
      }
      if (field.unique()) {
        join.add("unique = true");
      }
      if (!join.isEmpty()) {
        java.append("  @JoinColumn(").append(String.join(", ", join)).append(")\n");
      }
      java.append("  private ").append(target).append(' ').append(field.name()).append(";\n");
      return;
    }
    if (type.kind() == Kind.ENUM_STRING) {
      java.append("  @Enumerated(EnumType.STRING)\n");
    } else if (type.kind() == Kind.ENUM_ORDINAL) {
      java.append("  @Enumerated(EnumType.ORDINAL)\n");
    }
    List<String> column = new ArrayList<>();
    if (!field.nullable()) {
      column.add("nullable = false");
    }
    if (field.unique()) {
      column.add("unique = true");
    }
    if (type.length() > 0) {
      column.add("length = " + type.length());
    }
    if (type.kind() == Kind.DECIMAL) {
      column.add("precision = " + type.precision());
      column.add("scale = " + type.scale());
    }
    if (!column.isEmpty()) {
      java.append("  @Column(").append(String.join(", ", column)).append(")\n");
    }
    java.append("  private ").append(type.javaType(enumName(field))).append(' ').append(field.name()).append(";\n");
  }

  /**
   * The column name as {@code @Table} refers to it: JPA's logical name, quoted for a join column
   * whose target table is a keyword (Hibernate quotes that column, and on H2 an unquoted reference
   * to it names another column).
   */
  private static String logical(Model model, Entity entity, int fieldId) {
    Field field = entity.field(fieldId).orElseThrow();
    if (field.target().isEmpty()) {
      return field.name();
    }
    boolean quoted = model.entity(field.target().get()).map(t -> KEYWORDS.contains(t.table())).orElse(false);
    return quoted ? "`" + field.name() + "_id`" : field.name() + "_id";
  }

  private static final java.util.Set<String> KEYWORDS = dev.godwit.processor.dialect.Keywords.forDialect("h2");

  static String enumName(Field field) {
    return "Choice" + field.id();
  }

  private static String literal(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
