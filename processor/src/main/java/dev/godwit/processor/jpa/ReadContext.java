package dev.godwit.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * What every part of one extraction shares: the compiler's utilities, the naming strategy, and
 * what reading finds along the way (problems, and the source element of each table and column).
 */
final class ReadContext {
  final Elements elements;
  final Types types;
  final Naming naming;
  final Quoting quoting;
  /** The {@code @Embeddable} classes of the compilation, where embeddable subclasses are found. */
  final List<TypeElement> embeddables;
  final Mirrors mirrors;
  /** What reading finds about elements that does not depend on the quoting, shared by the per-dialect reads. */
  final ElementFacts facts;
  final UnsupportedMappings unsupported;
  /** Hibernate's {@code @OnDelete} on the elements that own foreign keys. */
  final OnDeletes onDeletes;
  final List<Problem> problems = new ArrayList<>();
  /** {@code "table"} or {@code "table.column"} -> the element it comes from. */
  final Map<String, Element> origins = new TreeMap<>();
  /**
   * The schema of each table and sequence declared in one ({@code schema = ...}), by its name within
   * the schema: names are read unqualified, as Hibernate derives implicit and hashed names from
   * them, and qualified once the schema is complete ({@link Schemas}).
   */
  final Schemas schemas = new Schemas(this);

  final BeanValidationMode beanValidation;
  /** Whether a {@code catalog = ...} is dropped, as Hibernate drops it, or an error, for the configured dialects. */
  final Catalogs catalogs;

  ReadContext(Elements elements, Types types, Naming naming, Quoting quoting, BeanValidationMode beanValidation,
      List<TypeElement> embeddables, Catalogs catalogs) {
    this(elements, types, naming, quoting, beanValidation, embeddables, new Mirrors(elements), new ElementFacts(), null,
        catalogs);
  }

  private ReadContext(Elements elements, Types types, Naming naming, Quoting quoting, BeanValidationMode beanValidation,
      List<TypeElement> embeddables, Mirrors mirrors, ElementFacts facts, UnsupportedMappings unsupported,
      Catalogs catalogs) {
    this.catalogs = catalogs;
    this.quoting = quoting;
    this.embeddables = List.copyOf(embeddables);
    this.beanValidation = beanValidation;
    this.elements = elements;
    this.types = types;
    this.naming = naming;
    this.mirrors = mirrors;
    this.facts = facts;
    this.onDeletes = new OnDeletes(mirrors);
    this.unsupported = unsupported != null ? unsupported : new UnsupportedMappings(mirrors, elements, beanValidation,
        catalogs);
  }

  /**
   * A context for reading the same entities again with another quoting: it shares this one's
   * annotations and element facts, read once per element (they do not depend on the quoting), and
   * finds its own problems and origins.
   */
  ReadContext withQuoting(Quoting other) {
    return new ReadContext(elements, types, naming, other, beanValidation, embeddables, mirrors, facts, unsupported,
        catalogs);
  }

  void error(dev.godwit.processor.diagnostics.Code code, String message, Element element) {
    problems.add(Problem.error(code, message, element));
  }

  /** Records the problems; true when none of them is an error. */
  boolean report(List<Problem> found) {
    problems.addAll(found);
    return found.stream().noneMatch(p -> p.kind() == Diagnostic.Kind.ERROR);
  }

  /**
   * The physical schema an annotation's {@code schema} member names, as Hibernate derives it: quoted
   * like a table name and renamed by the physical naming strategy; empty for the default schema.
   */
  java.util.Optional<String> schemaOf(dev.godwit.processor.jpa.Mirrors.Annotation annotation) {
    String schema = annotation.string("schema").strip();
    return schema.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(physical(schema));
  }

  /** The physical name of a name written in the source (or implied by JPA). */
  String physical(String name) {
    return naming.physical(quoting.logical(name));
  }
}
