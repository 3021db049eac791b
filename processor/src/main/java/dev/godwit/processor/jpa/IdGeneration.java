package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.jpa.Mirrors.Annotation;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/** {@code @GeneratedValue} on an id: an identity column, or the sequence Hibernate creates for it. */
final class IdGeneration {
  private final ReadContext context;
  private final List<Sequence> sequences = new ArrayList<>();

  IdGeneration(ReadContext context) {
    this.context = context;
  }

  /** Every sequence the generated ids need, in the order they were found (may repeat). */
  List<Sequence> sequences() {
    return sequences;
  }

  /**
   * Records the sequence a generated id of {@code entity} (the root of its hierarchy) needs; true
   * when the column itself is an identity.
   */
  boolean identity(Attribute attribute, Entity entity, ColumnType type) {
    Optional<Annotation> generated = context.mirrors.jpa(attribute.element(), "GeneratedValue");
    if (generated.isEmpty()) {
      return false;
    }
    String strategy = generated.get().constant("strategy");
    if (strategy.equals("IDENTITY") && entity.strategy() == Entity.Strategy.TABLE_PER_CLASS) {
      context.error(Code.UNSUPPORTED_MAPPING, "@GeneratedValue(strategy = IDENTITY) cannot generate the ids of a "
          + "TABLE_PER_CLASS hierarchy (each class has its own table); Hibernate refuses it. Use SEQUENCE", attribute.element());
      return false;
    }
    if (strategy.equals("IDENTITY")) {
      return true;
    }
    if (strategy.equals("TABLE")) {
      context.error(Code.UNSUPPORTED_MAPPING, "@GeneratedValue(strategy = TABLE) is not supported by Godwit yet",
          attribute.element());
      return false;
    }
    boolean numeric = switch (type.kind()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, NUMERIC -> true;
      default -> false;
    };
    if (!numeric) {
      return false; // UUIDs are generated in Java, no database object is needed
    }
    String generator = generated.get().string("generator");
    Optional<Annotation> declared = generator.isEmpty() ? Optional.empty()
        : sequenceGenerator(attribute.element(), generator).or(() -> sequenceGenerator(entity.type(), generator));
    String sequenceName = declared.map(d -> d.string("sequenceName")).filter(n -> !n.isEmpty())
        .orElse(generator.isEmpty() || declared.isEmpty() ? Identifiers.bare(entity.logicalTable()) + "_SEQ" : generator);
    int increment = declared.map(d -> d.integer("allocationSize")).orElse(50);
    int start = declared.map(d -> d.integer("initialValue")).orElse(1);
    sequences.add(new Sequence(context.physical(sequenceName), start, increment));
    return false;
  }

  private Optional<Annotation> sequenceGenerator(Element element, String name) {
    return context.mirrors.jpa(element, "SequenceGenerator").filter(g -> g.string("name").equals(name));
  }
}
