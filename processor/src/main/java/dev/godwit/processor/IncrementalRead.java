package dev.godwit.processor;

import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.jpa.EntityReader;
import dev.godwit.processor.jpa.PartRead;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.Identifiers;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.snapshot.InputDigests;
import dev.godwit.processor.snapshot.Snapshot;
import dev.godwit.processor.snapshot.Sources;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The entities' model for a compile whose snapshot records the inputs it was written from
 * ({@link Sources}): only the entities that the types changed since then reach are read, and
 * their tables replace theirs in the snapshot's schema. The entities whose description a changed
 * type is part of are read, and the entities that refer to those (their keys may have changed);
 * when their mappings change other entities' tables ({@link PartRead#needs}), those are read too.
 * Whatever this cannot prove equal to reading every entity gives the reason instead, and the
 * compile reads them all: a changed embeddable, mapped superclass, converter, annotation or
 * package; a removed type; Godwit's hints outside the part read; an entity hierarchy or table
 * generator in it, or a generator name looked up beyond its entity; a problem in it; a table or
 * sequence shared with, or a key referred to from, the rest in a way that changed.
 */
final class IncrementalRead {
  /** How many times a part that changes other entities' tables grows by them, at most, before everything is read. */
  private static final int MAX_ATTEMPTS = 6;
  private final Elements elements;
  private final InputFingerprint.Result inputs;
  private final Collection<TypeElement> entities;
  private final Collection<TypeElement> converters;
  private final Collection<TypeElement> embeddables;

  IncrementalRead(Elements elements, InputFingerprint.Result inputs, Collection<TypeElement> entities,
      Collection<TypeElement> converters, Collection<TypeElement> embeddables) {
    this.elements = elements;
    this.inputs = inputs;
    this.entities = entities;
    this.converters = converters;
    this.embeddables = embeddables;
  }

  /**
   * The model of every entity and the qualified names of the entities read for it; or, when the
   * compile must read them all, why.
   */
  record Outcome(Optional<EntityModel> model, Set<String> entities, String whyNot) {
    static Outcome read(EntityModel model, Set<String> entities) {
      return new Outcome(Optional.of(model), Set.copyOf(entities), "");
    }

    static Outcome readAll(String why) {
      return new Outcome(Optional.empty(), Set.of(), why);
    }

    /** What the compile notes of this read, of {@code all} entities since {@code snapshot}. */
    String note(int all, java.nio.file.Path snapshot) {
      return model.isPresent()
          ? "Godwit read " + entities.size() + " of " + all + " entities, those the classes changed since "
              + snapshot.getFileName() + " reach (godwit.incremental)"
          : "Godwit read every entity: " + whyNot + " (godwit.incremental)";
    }
  }

  /** The model of every entity, or why the compile must read them all. */
  Outcome read(Snapshot snapshot, EntityReader reader) {
    Sources sources = snapshot.sources().orElseThrow();
    InputDigests before = sources.digests();
    InputDigests now = inputs.digests();
    if (!before.global().equals(now.global())) {
      return Outcome.readAll("Godwit, its options or whether Hibernate Validator is on the class path changed");
    }
    for (Map.Entry<String, String> pkg : now.packages().entrySet()) {
      String was = before.packages().get(pkg.getKey());
      if (was == null ? annotated(pkg.getKey()) : !was.equals(pkg.getValue())) {
        return Outcome.readAll("the annotations of package " + pkg.getKey() + " changed");
      }
    }
    Optional<String> removed = Stream.concat(before.types().keySet().stream().filter(t -> !now.types().containsKey(t)),
        before.packages().keySet().stream().filter(p -> !now.packages().containsKey(p))).findFirst();
    if (removed.isPresent()) {
      return Outcome.readAll(removed.get() + " was removed");
    }
    Set<String> changed = new TreeSet<>();
    now.types().forEach((type, digest) -> {
      // a new annotation type acts only where it is used, in classes that changed too
      if (!digest.equals(before.types().get(type))
          && !(before.types().get(type) == null && inputs.graph().type(type).getKind() == ElementKind.ANNOTATION_TYPE)) {
        changed.add(type);
      }
    });
    if (changed.isEmpty()) {
      return Outcome.readAll("no class changed, only the migrations");
    }
    Map<String, TypeElement> entityTypes = byBinaryName(entities);
    for (String type : changed) {
      Optional<String> whyNot = whyNotFollowed(type, entityTypes, sources);
      if (whyNot.isPresent()) {
        return Outcome.readAll(whyNot.get());
      }
    }
    Map<String, Set<String>> referrers = inputs.graph().referrers();
    Set<String> described = entitiesReaching(changed, referrers, entityTypes);
    Map<String, String> binaryNames = new TreeMap<>();
    entityTypes.forEach((binary, type) -> binaryNames.put(type.getQualifiedName().toString(), binary));
    for (int attempt = 1; ; attempt++) {
      Set<String> part = new TreeSet<>(described);
      for (String entity : described) {
        part.addAll(entitiesReaching(referrers.getOrDefault(entity, Set.of()), referrers, entityTypes));
      }
      Optional<String> hintedOutside = inputs.graph().hinted().stream().filter(h -> !part.contains(h)).findFirst();
      if (hintedOutside.isPresent()) {
        return Outcome.readAll(hintedOutside.get() + " carries Godwit's hints, and the change does not reach it");
      }
      Set<String> qualified = new TreeSet<>();
      part.forEach(name -> qualified.add(entityTypes.get(name).getQualifiedName().toString()));
      Set<String> keyed = new TreeSet<>();
      part.stream().filter(name -> !described.contains(name))
          .forEach(name -> keyed.add(entityTypes.get(name).getQualifiedName().toString()));
      PartRead read = reader.readPart(entities, converters, qualified);
      if (read.model().isEmpty() && !read.needs().isEmpty() && attempt < MAX_ATTEMPTS) {
        // the tables the part changes are read too, with the entities that refer to them
        read.needs().forEach(entity -> described.add(binaryNames.get(entity)));
        continue;
      }
      if (read.model().isEmpty()) {
        return Outcome.readAll(read.whyNot());
      }
      if (!read.model().get().problems().isEmpty()) {
        return Outcome.readAll("the entities the change reaches have problems: "
            + read.model().get().problems().get(0).message());
      }
      return patch(snapshot.schema(), sources.tables(), read.model().get(), qualified, keyed);
    }
  }

  /**
   * Why a change of this type cannot be followed to the entities it reaches, if it cannot: an
   * annotation, a converter, an embeddable, a class with mapping annotations that is no entity nor
   * mapped superclass, or a former entity.
   */
  private Optional<String> whyNotFollowed(String binaryName, Map<String, TypeElement> entityTypes, Sources sources) {
    if (entityTypes.containsKey(binaryName)) {
      return Optional.empty();
    }
    TypeElement type = inputs.graph().type(binaryName);
    String changed = binaryName + " changed, ";
    if (type == null) {
      return Optional.of(changed + "and the compile does not show what reaches it");
    }
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      return Optional.of(changed + "an annotation");
    }
    if (converters.contains(type)) {
      return Optional.of(changed + "a converter");
    }
    if (embeddables.contains(type)) {
      return Optional.of(changed + "an embeddable");
    }
    if (sources.tables().containsValue(type.getQualifiedName().toString())) {
      return Optional.of(changed + "which mapped tables and is no entity now");
    }
    List<String> annotations = type.getAnnotationMirrors().stream()
        .map(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString()).toList();
    // what a mapped superclass declares reaches its subclasses, which the change reaches too; its
    // generators, whose names reach further, are the part read's to check
    if (annotations.contains("jakarta.persistence.MappedSuperclass") || annotations.contains("javax.persistence.MappedSuperclass")) {
      return Optional.empty();
    }
    for (String name : annotations) {
      if (name.startsWith("jakarta.persistence.") || name.startsWith("javax.persistence.")
          || name.startsWith("org.hibernate.")) {
        return Optional.of(changed + "a class with mapping annotations (@" + name.substring(name.lastIndexOf('.') + 1) + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * The entities among {@code from}, and those that reach one of {@code from} through types that
   * are not entities (an enum, an embeddable, a superclass): the entities whose description holds
   * one of {@code from}.
   */
  private static Set<String> entitiesReaching(Set<String> from, Map<String, Set<String>> referrers,
      Map<String, TypeElement> entityTypes) {
    Set<String> found = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(from);
    while (!pending.isEmpty()) {
      String type = pending.pop();
      if (!seen.add(type)) {
        continue;
      }
      if (entityTypes.containsKey(type)) {
        found.add(type);
      } else {
        pending.addAll(referrers.getOrDefault(type, Set.of()));
      }
    }
    return found;
  }

  /** Whether a package that is new to the inputs carries annotations (a new package without any changes nothing). */
  private boolean annotated(String packageName) {
    var pkg = elements.getPackageElement(packageName);
    return pkg == null || !pkg.getAnnotationMirrors().isEmpty();
  }

  private Map<String, TypeElement> byBinaryName(Collection<TypeElement> types) {
    Map<String, TypeElement> named = new TreeMap<>();
    types.forEach(type -> named.put(elements.getBinaryName(type).toString(), type));
    return named;
  }

  /**
   * The snapshot's schema with the tables the part's entities mapped replaced by those they map
   * now; or why not, when the rest of the schema depends on what changed in them.
   *
   * @param owners the snapshot's table -> entity
   * @param part the qualified names of the entities read
   * @param keyed those of them read only because they refer to a changed one: their keys must not change
   */
  private static Outcome patch(Schema old, Map<String, String> owners, EntityModel read, Set<String> part,
      Set<String> keyed) {
    Set<String> oldPart = new TreeSet<>();
    owners.forEach((table, owner) -> {
      if (part.contains(owner)) {
        oldPart.add(table);
      }
    });
    Schema now = read.schema();
    Map<String, Table> tables = new TreeMap<>();
    Set<String> unquoted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Table table : old.tables()) {
      if (!oldPart.contains(table.name())) {
        tables.put(table.name(), table);
        if (!Identifiers.isQuoted(table.name())) {
          unquoted.add(table.name());
        }
      }
    }
    for (Table table : now.tables()) {
      if (tables.containsKey(table.name()) || !Identifiers.isQuoted(table.name()) && unquoted.contains(table.name())) {
        return Outcome.readAll("table " + table.name() + " is also the name of a table the change does not reach");
      }
      if (!part.contains(read.entities().get(table.name()))) {
        return Outcome.readAll("table " + table.name() + " maps " + read.entities().get(table.name())
            + ", which the change does not reach");
      }
      if (keyed.contains(read.entities().get(table.name())) && !sameKey(old.table(table.name()), table)) {
        return Outcome.readAll("the key of table " + table.name() + ", which refers to a changed entity, changed");
      }
    }
    Map<String, Table> newPart = new TreeMap<>();
    now.tables().forEach(t -> newPart.put(t.name(), t));
    for (Table kept : tables.values()) {
      for (ForeignKey key : kept.foreignKeys()) {
        if ((oldPart.contains(key.referencedTable()) || newPart.containsKey(key.referencedTable()))
            && !sameReferencedColumns(old.table(key.referencedTable()), newPart.get(key.referencedTable()), key)) {
          return Outcome.readAll("table " + kept.name() + " refers to columns of " + key.referencedTable()
              + " that changed");
        }
      }
    }
    // a new key's SQL names the table and columns it refers to as the model spells them, and the
    // snapshot keeps the names earlier migrations gave: those agree only where the dialects spell them alike
    for (Table table : newPart.values()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (!newPart.containsKey(key.referencedTable()) && old.dialectNames().values().stream()
            .anyMatch(n -> n.names(key.referencedTable(), key.referencedColumns()))) {
          return Outcome.readAll("table " + table.name() + " refers to " + key.referencedTable()
              + ", which a dialect spells otherwise");
        }
      }
    }
    tables.putAll(newPart);
    Map<String, Sequence> sequences = new TreeMap<>();
    Set<String> oldSequences = new HashSet<>();
    for (Sequence sequence : old.sequences()) {
      long inPart = sequence.ids().stream().filter(id -> oldPart.contains(id.table())).count();
      if (sequence.ids().isEmpty() || inPart > 0 && inPart < sequence.ids().size()) {
        return Outcome.readAll("sequence " + sequence.name() + " is shared with tables the change does not reach");
      }
      if (inPart == 0) {
        sequences.put(sequence.name(), sequence);
      } else {
        oldSequences.add(sequence.name());
      }
    }
    // the entities read for their keys only bring their sequences too: those stay as they were
    Set<String> notRead = new HashSet<>();
    for (Sequence sequence : now.sequences()) {
      long inPart = sequence.ids().stream().filter(id -> newPart.containsKey(id.table())).count();
      if (inPart == 0 && !sequence.ids().isEmpty() && sequences.containsKey(sequence.name())) {
        notRead.add(sequence.name());
      } else if (inPart < sequence.ids().size() || sequences.putIfAbsent(sequence.name(), sequence) != null) {
        return Outcome.readAll("sequence " + sequence.name() + " is shared with tables the change does not reach");
      }
    }
    if (old.generatorRows().stream().anyMatch(row -> row.ids().isEmpty()
        || row.ids().stream().anyMatch(id -> oldPart.contains(id.table())))) {
      return Outcome.readAll("an entity the change reaches took its ids from a table generator");
    }
    Map<String, DialectNames> names = new TreeMap<>();
    Set<String> dialects = new TreeSet<>(old.dialectNames().keySet());
    dialects.addAll(now.dialectNames().keySet());
    for (String dialect : dialects) {
      names.put(dialect, old.namesOf(dialect).without(oldPart, oldSequences)
          .plus(now.namesOf(dialect).without(Set.of(), notRead)));
    }
    Map<String, String> tableOwners = new TreeMap<>(owners);
    tableOwners.keySet().removeAll(oldPart);
    tableOwners.putAll(read.entities());
    Schema patched = new Schema(List.copyOf(tables.values()), List.copyOf(sequences.values()), names, old.generatorRows());
    return Outcome.read(new EntityModel(patched, read.renames(), read.backfills(), read.origins(), tableOwners,
        List.of()), part);
  }

  /** Whether {@code now} has the primary key {@code before} had, column by column. */
  private static boolean sameKey(Optional<Table> before, Table now) {
    if (before.isEmpty() || !before.get().primaryKey().equals(now.primaryKey())) {
      return false;
    }
    for (String column : now.primaryKey()) {
      if (!before.get().column(column).equals(now.column(column))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the columns {@code key} refers to are in {@code now} as they were in {@code before}. */
  private static boolean sameReferencedColumns(Optional<Table> before, Table now, ForeignKey key) {
    if (before.isEmpty() || now == null) {
      return false;
    }
    for (String column : key.referencedColumns()) {
      Optional<?> was = before.get().column(column);
      if (was.isEmpty() || !was.equals(now.column(column))) {
        return false;
      }
    }
    return true;
  }
}
