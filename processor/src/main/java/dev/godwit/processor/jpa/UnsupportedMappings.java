package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Mappings that shape Hibernate's schema but that Godwit does not model yet. Each is reported on
 * its element, so a schema is never silently different from Hibernate's: an error where Godwit
 * would write a wrong schema, a warning where the difference depends on the runtime classpath.
 */
final class UnsupportedMappings {
  private static final List<String> TYPE_FEATURES = List.of("SecondaryTable", "SecondaryTables");
  private static final List<String> MEMBER_FEATURES = List.of("Convert", "Converts", "Temporal", "MapKeyTemporal");
  private static final List<String> HIBERNATE_FEATURES = List.of(
      "Formula", "JdbcTypeCode", "JdbcType", "Type", "ColumnDefault", "Check", "Checks", "Nationalized", "NaturalId",
      "Comment", "Array", "Struct", "TimeZoneStorage", "TimeZoneColumn", "SoftDelete", "TenantId", "GeneratedColumn",
      "DiscriminatorFormula", "OnDelete", "CollectionId", "Any", "ManyToAny");
  /** Bean Validation constraints Hibernate turns into DDL when a validator is on the runtime classpath. */
  private static final List<String> DDL_CONSTRAINTS = List.of(
      "jakarta.validation.constraints.NotNull", "jakarta.validation.constraints.Size",
      "jakarta.validation.constraints.Min", "jakarta.validation.constraints.Max",
      "jakarta.validation.constraints.Digits", "javax.validation.constraints.NotNull",
      "javax.validation.constraints.Size", "javax.validation.constraints.Min", "javax.validation.constraints.Max",
      "javax.validation.constraints.Digits", "org.hibernate.validator.constraints.Length");

  private final Mirrors mirrors;

  UnsupportedMappings(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  List<Problem> ofType(Element type) {
    List<Problem> problems = new ArrayList<>();
    for (String feature : TYPE_FEATURES) {
      if (mirrors.hasJpa(type, feature)) {
        problems.add(notYet("@" + feature, type));
      }
    }
    mirrors.jpa(type, "Table").ifPresent(table -> {
      for (String member : List.of("schema", "catalog")) {
        if (!table.string(member).isEmpty()) {
          problems.add(notYet("@Table(" + member + " = ...)", type));
        }
      }
    });
    problems.addAll(hibernate(type));
    return problems;
  }

  List<Problem> ofMember(Element member) {
    List<Problem> problems = new ArrayList<>();
    for (String feature : MEMBER_FEATURES) {
      if (mirrors.hasJpa(member, feature)) {
        problems.add(notYet("@" + feature, member));
      }
    }
    for (String table : List.of("JoinTable", "CollectionTable")) {
      mirrors.jpa(member, table).ifPresent(annotation -> {
        for (String part : List.of("schema", "catalog")) {
          if (!annotation.string(part).isEmpty()) {
            problems.add(notYet("@" + table + "(" + part + " = ...)", member));
          }
        }
      });
    }
    for (String annotation : List.of("Column", "JoinColumn", "OrderColumn", "MapKeyColumn", "MapKeyJoinColumn")) {
      mirrors.jpa(member, annotation).ifPresent(column -> {
        if (!column.string("columnDefinition").isEmpty()) {
          problems.add(notYet("@" + annotation + "(columnDefinition = ...)", member));
        }
        if (!column.string("table").isEmpty()) {
          problems.add(notYet("@" + annotation + "(table = ...)", member));
        }
      });
    }
    problems.addAll(hibernate(member));
    for (String constraint : DDL_CONSTRAINTS) {
      if (mirrors.exact(member, constraint).isPresent()) {
        String simple = constraint.substring(constraint.lastIndexOf('.') + 1);
        problems.add(Problem.warning(Code.UNSUPPORTED_MAPPING, "@" + simple + " changes Hibernate's DDL when Hibernate "
            + "Validator is on the runtime classpath (NOT NULL, length, checks), which Godwit does not model yet; "
            + "state it on @Column (nullable, length, precision, scale) so both agree", member));
      }
    }
    return problems;
  }

  private List<Problem> hibernate(Element element) {
    List<Problem> problems = new ArrayList<>();
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
