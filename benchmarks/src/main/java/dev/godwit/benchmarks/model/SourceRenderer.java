package dev.godwit.benchmarks.model;

import dev.godwit.benchmarks.model.ModelPlan.BasicField;
import dev.godwit.benchmarks.model.ModelPlan.EntityPlan;
import dev.godwit.benchmarks.model.ModelPlan.Inverse;
import dev.godwit.benchmarks.model.ModelPlan.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes the Java source of planned entities the way an application's entities are written. */
final class SourceRenderer {
  static final String COMMON = "bench.model.common";
  private static final String JPA = "import jakarta.persistence.*;\n";
  private static final Map<String, String> IMPORTS = Map.of(
      "BigDecimal", "java.math.BigDecimal", "LocalDate", "java.time.LocalDate",
      "LocalDateTime", "java.time.LocalDateTime", "Instant", "java.time.Instant", "UUID", "java.util.UUID",
      "Status", COMMON + ".Status", "Priority", COMMON + ".Priority", "Channel", COMMON + ".Channel",
      "Address", COMMON + ".Address", "Contact", COMMON + ".Contact");

  private SourceRenderer() {}

  /** The common package: enums always, the mapped superclass and embeddables when their feature is on. */
  static Map<String, String> common(java.util.Set<Feature> features) {
    Map<String, String> files = new TreeMap<>();
    files.put("Status", enumSource("Status", "ACTIVE", "SUSPENDED", "CLOSED"));
    files.put("Priority", enumSource("Priority", "LOW", "MEDIUM", "HIGH", "URGENT"));
    files.put("Channel", enumSource("Channel", "WEB", "EMAIL", "PHONE", "STORE"));
    if (features.contains(Feature.MAPPED_SUPERCLASS)) {
      files.put("BaseEntity", classSource("@MappedSuperclass\npublic abstract class BaseEntity", List.of(
          new Member("@Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id"),
          new Member("@Version", "Long", "version"),
          new Member("@Column(nullable = false)", "Instant", "createdAt"),
          new Member("", "Instant", "updatedAt")), JPA + "import java.time.Instant;\n"));
    }
    if (features.contains(Feature.EMBEDDABLE)) {
      files.put("Address", classSource("@Embeddable\npublic class Address", List.of(
          new Member("@Column(length = 200)", "String", "street"), new Member("@Column(length = 120)", "String", "town"),
          new Member("@Column(length = 16)", "String", "postalCode"), new Member("@Column(length = 2)", "String", "country")), JPA));
      files.put("Contact", classSource("@Embeddable\npublic class Contact", List.of(
          new Member("@Column(length = 255)", "String", "contactEmail"),
          new Member("@Column(length = 40)", "String", "contactPhone")), JPA));
    }
    Map<String, String> sources = new TreeMap<>();
    files.forEach((name, body) -> sources.put(COMMON + "." + name, "package " + COMMON + ";\n\n" + body));
    return sources;
  }

  static String entity(EntityPlan entity) {
    List<Member> members = new ArrayList<>();
    TreeSet<String> imports = new TreeSet<>();
    imports.add("jakarta.persistence.*");
    if (!entity.extendsBase()) {
      members.add(id(entity));
    } else {
      imports.add(COMMON + ".BaseEntity");
    }
    for (BasicField field : entity.fields()) {
      members.add(new Member(basicAnnotations(field), field.javaType(), field.name()));
      if (IMPORTS.containsKey(field.javaType())) {
        imports.add(IMPORTS.get(field.javaType()));
      }
    }
    for (Reference reference : entity.manyToOne()) {
      members.add(new Member(reference.required() ? "@ManyToOne(fetch = FetchType.LAZY)\n  @JoinColumn(nullable = false)"
          : "@ManyToOne(fetch = FetchType.LAZY)", reference.target().name(), reference.field()));
      imports.add(reference.target().qualifiedName());
    }
    for (Inverse inverse : entity.oneToMany()) {
      members.add(new Member("@OneToMany(mappedBy = \"" + inverse.mappedBy() + "\")",
          "List<" + inverse.owner().name() + ">", inverse.field(), "new ArrayList<>()"));
      imports.add(inverse.owner().qualifiedName());
      imports.add("java.util.List");
      imports.add("java.util.ArrayList");
    }
    for (Reference reference : entity.manyToMany()) {
      members.add(new Member("@ManyToMany", "Set<" + reference.target().name() + ">", reference.field(), "new HashSet<>()"));
      imports.add(reference.target().qualifiedName());
      imports.add("java.util.Set");
      imports.add("java.util.HashSet");
    }
    for (String embeddable : entity.embedded()) {
      members.add(new Member("@Embedded", embeddable, Character.toLowerCase(embeddable.charAt(0)) + embeddable.substring(1)));
      imports.add(IMPORTS.get(embeddable));
    }
    imports.removeIf(i -> i.startsWith(entity.packageName() + ".") && i.lastIndexOf('.') == entity.packageName().length());
    String header = "@Entity\n" + table(entity) + "public class " + entity.name()
        + (entity.extendsBase() ? " extends BaseEntity" : "");
    String importLines = imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
    return "package " + entity.packageName() + ";\n\n" + classSource(header, members, importLines);
  }

  private static Member id(EntityPlan entity) {
    return switch (entity.idKind()) {
      case IDENTITY -> new Member("@Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id");
      case SEQUENCE -> new Member("@Id\n  @GeneratedValue", "Long", "id");
      case UUID -> new Member("@Id\n  @GeneratedValue", "java.util.UUID", "id");
    };
  }

  private static String basicAnnotations(BasicField field) {
    List<String> annotations = new ArrayList<>();
    if (!field.enumerated().isEmpty()) {
      annotations.add("@Enumerated(EnumType." + field.enumerated() + ")");
    }
    List<String> column = new ArrayList<>();
    boolean primitive = Character.isLowerCase(field.javaType().charAt(0));
    if (!field.nullable() && !primitive) {
      column.add("nullable = false");
    }
    if (field.length() > 0) {
      column.add("length = " + field.length());
    }
    if (field.precision() > 0) {
      column.add("precision = " + field.precision());
      column.add("scale = " + field.scale());
    }
    if (field.unique()) {
      column.add("unique = true");
    }
    if (!column.isEmpty()) {
      annotations.add("@Column(" + String.join(", ", column) + ")");
    }
    return String.join("\n  ", annotations);
  }

  private static String table(EntityPlan entity) {
    List<String> parts = new ArrayList<>();
    if (!entity.indexes().isEmpty()) {
      parts.add("indexes = {" + entity.indexes().stream()
          .map(columns -> "@Index(columnList = \"" + String.join(", ", columns) + "\")")
          .collect(Collectors.joining(", ")) + "}");
    }
    if (!entity.uniqueConstraints().isEmpty()) {
      parts.add("uniqueConstraints = {" + entity.uniqueConstraints().stream()
          .map(columns -> "@UniqueConstraint(columnNames = {" + columns.stream().map(c -> "\"" + c + "\"")
              .collect(Collectors.joining(", ")) + "})")
          .collect(Collectors.joining(", ")) + "}");
    }
    return parts.isEmpty() ? "" : "@Table(" + String.join(", ", parts) + ")\n";
  }

  /** A field with its annotations (one per line), type, name and optional initializer. */
  private record Member(String annotations, String type, String name, String initializer) {
    Member(String annotations, String type, String name) {
      this(annotations, type, name, "");
    }
  }

  private static String classSource(String header, List<Member> members, String imports) {
    StringBuilder java = new StringBuilder();
    java.append(imports).append('\n');
    java.append(header).append(" {\n");
    for (Member member : members) {
      if (!member.annotations().isEmpty()) {
        java.append("  ").append(member.annotations()).append('\n');
      }
      java.append("  private ").append(member.type()).append(' ').append(member.name())
          .append(member.initializer().isEmpty() ? "" : " = " + member.initializer()).append(";\n\n");
    }
    for (Member member : members) {
      String property = Character.toUpperCase(member.name().charAt(0)) + member.name().substring(1);
      String getter = member.type().equals("boolean") ? "is" : "get";
      java.append("  public ").append(member.type()).append(' ').append(getter).append(property).append("() {\n")
          .append("    return ").append(member.name()).append(";\n  }\n\n");
      java.append("  public void set").append(property).append('(').append(member.type()).append(' ')
          .append(member.name()).append(") {\n    this.").append(member.name()).append(" = ").append(member.name())
          .append(";\n  }\n\n");
    }
    java.setLength(java.length() - 1);
    return java.append("}\n").toString();
  }

  private static String enumSource(String name, String... constants) {
    return "public enum " + name + " {\n  " + String.join(", ", constants) + "\n}\n";
  }
}
