package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Mappings that shape Hibernate's schema but that Godwit does not model yet. Each is reported on
 * its element, so a schema is never silently different from Hibernate's: an error where Godwit
 * would write a wrong schema, a warning where the difference depends on the runtime classpath.
 */
final class UnsupportedMappings {
  private static final List<String> TYPE_FEATURES = List.of();
  private static final List<String> MEMBER_FEATURES = List.of();
  private static final List<String> HIBERNATE_FEATURES = List.of(
      "JdbcType", "Type", "Nationalized", "Array", "Struct", "TimeZoneStorage", "TimeZoneColumn", "SoftDelete",
      "TenantId", "GeneratedColumn", "DiscriminatorFormula", "Any", "ManyToAny");
  /** Hibernate annotations Godwit models on basic attributes and entities, but not on relations. */
  private static final List<String> BASIC_ONLY_FEATURES = List.of(
      "Formula", "JdbcTypeCode", "ColumnDefault", "Check", "Checks", "NaturalId", "Comment");
  private static final List<String> RELATIONS = List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany",
      "ElementCollection", "Embedded", "EmbeddedId");
  private final BeanValidationMode beanValidation;
  private final Catalogs catalogs;

  private final Mirrors mirrors;
  private final javax.lang.model.util.Elements elements;
  /**
   * Each member's problems, found once: an embeddable's members are mapped once per attribute that
   * embeds it, and every member once more per per-dialect read.
   */
  private final java.util.Map<Element, List<Problem>> ofMember = new java.util.IdentityHashMap<>();

  UnsupportedMappings(Mirrors mirrors, javax.lang.model.util.Elements elements, BeanValidationMode beanValidation,
      Catalogs catalogs) {
    this.catalogs = catalogs;
    this.mirrors = mirrors;
    this.elements = elements;
    this.beanValidation = beanValidation;
  }

  List<Problem> ofType(Element type) {
    List<Problem> problems = new ArrayList<>();
    for (String feature : TYPE_FEATURES) {
      if (mirrors.hasJpa(type, feature)) {
        problems.add(notYet("@" + feature, type));
      }
    }
    List<Annotation> tables = new ArrayList<>();
    mirrors.jpa(type, "Table").ifPresent(tables::add);
    mirrors.jpa(type, "SecondaryTable").ifPresent(tables::add);
    mirrors.jpa(type, "SecondaryTables").ifPresent(t -> tables.addAll(t.annotations("value", elements)));
    for (Annotation table : tables) {
      String catalog = table.string("catalog").strip();
      if (!catalog.isEmpty()) {
        catalogs.problem("@" + table.mirror().getAnnotationType().asElement().getSimpleName() + "(catalog = \""
            + catalog + "\")", catalog, type).ifPresent(problems::add);
      }
    }
    problems.addAll(hibernate(type));
    return problems;
  }

  List<Problem> ofMember(Element member) {
    List<Problem> known = ofMember.get(member);
    if (known == null) {
      known = List.copyOf(findOfMember(member));
      ofMember.put(member, known);
    }
    return known;
  }

  private List<Problem> findOfMember(Element member) {
    List<Problem> problems = new ArrayList<>();
    for (String feature : MEMBER_FEATURES) {
      if (mirrors.hasJpa(member, feature)) {
        problems.add(notYet("@" + feature, member));
      }
    }
    if (RELATIONS.stream().anyMatch(r -> mirrors.hasJpa(member, r))) {
      for (String feature : BASIC_ONLY_FEATURES) {
        if (mirrors.exact(member, "org.hibernate.annotations." + feature).isPresent()) {
          problems.add(notYet("Hibernate's @" + feature + " on a relation", member));
        }
      }
    }
    for (String table : List.of("JoinTable", "CollectionTable")) {
      mirrors.jpa(member, table).ifPresent(annotation -> {
        String catalog = annotation.string("catalog").strip();
        if (!catalog.isEmpty()) {
          catalogs.problem("@" + table + "(catalog = \"" + catalog + "\")", catalog, member).ifPresent(problems::add);
        }
      });
    }
    // @Column(table) (also in an embeddable) and an entity's to-one's @JoinColumn(table) put the attribute into a
    // @SecondaryTable
    boolean inEntity = !mirrors.hasJpa(member.getEnclosingElement(), "Embeddable");
    boolean toOne = (mirrors.hasJpa(member, "ManyToOne") || mirrors.hasJpa(member, "OneToOne"))
        && !mirrors.hasJpa(member, "JoinTable");
    for (String annotation : List.of("Column", "JoinColumn", "OrderColumn", "MapKeyColumn", "MapKeyJoinColumn")) {
      boolean routed = annotation.equals("Column") && !mirrors.hasJpa(member, "ElementCollection")
          || inEntity && annotation.equals("JoinColumn") && toOne;
      mirrors.jpa(member, annotation).ifPresent(column -> {
        if (!column.string("table").isEmpty() && !routed) {
          problems.add(notYet("@" + annotation + "(table = ...)" + (inEntity ? "" : " in an embeddable"), member));
        }
      });
    }
    problems.addAll(hibernate(member));
    new OnDeletes(mirrors).ofAttribute(member).ifPresent(problems::add);
    for (String constraint : BeanValidationDdl.CONSTRAINTS) {
      if (mirrors.exact(member, constraint).isEmpty()) {
        continue;
      }
      String simple = "@" + constraint.substring(constraint.lastIndexOf('.') + 1);
      if (beanValidation == BeanValidationMode.WARN) {
        problems.add(Problem.warning(Code.UNSUPPORTED_MAPPING, simple + " changes Hibernate's DDL (NOT NULL, length, "
            + "precision, checks) when Hibernate Validator is on the runtime classpath. It is not on the compile "
            + "classpath, so Godwit ignores it: set -Agodwit.beanValidation=ddl if the application has Hibernate "
            + "Validator at runtime, or -Agodwit.beanValidation=none to silence this", member));
      } else if (beanValidation == BeanValidationMode.APPLY && RELATIONS.stream().anyMatch(r -> mirrors.hasJpa(member, r))
          && !BeanValidationDdl.withoutColumnEffect(mirrors, member, constraint)) {
        problems.add(notYet(simple + " on a relation (Hibernate Validator's DDL for join columns)", member));
      }
    }
    return problems;
  }

  private List<Problem> hibernate(Element element) {
    List<Problem> problems = new ArrayList<>();
    if (!mirrors.hasAnyIn(element, "org.hibernate.annotations.")) {
      return problems;
    }
    for (String feature : HIBERNATE_FEATURES) {
      if (mirrors.exact(element, "org.hibernate.annotations." + feature).isPresent()) {
        problems.add(notYet("Hibernate's @" + feature, element));
      }
    }
    return problems;
  }

  private static Problem notYet(String feature, Element element) {
    return Problem.error(Code.UNSUPPORTED_MAPPING, feature + " is not supported by Godwit yet; the migration "
        + "would differ from the schema Hibernate builds", element);
  }
}
