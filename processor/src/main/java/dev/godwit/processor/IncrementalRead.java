package dev.godwit.processor;

import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.jpa.EntityReader;
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
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The entities' model for a compile whose snapshot records the inputs it was written from
 * ({@link Sources}): only the entities that the types changed since then reach are read, and
 * their tables replace theirs in the snapshot's schema. The entities whose description a changed
 * type is part of are read, and the entities that refer to those (their keys may have changed).
 * Whatever this cannot prove equal to reading every entity leaves it empty, and the compile reads
 * them all: a changed embeddable, mapped superclass, converter, annotation or package; a removed
 * type; Godwit's hints outside the part read; an entity hierarchy or generator in it; a problem
 * in it; a table or sequence shared with, or a key referred to from, the rest in a way that changed.
 */
final class IncrementalRead {
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

  /** The model of every entity, or empty when the compile must read them all. */
  Optional<EntityModel> read(Snapshot snapshot, EntityReader reader) {
    if (snapshot.sources().isEmpty()) {
      return Optional.empty();
    }
    Sources sources = snapshot.sources().get();
    InputDigests before = sources.digests();
    InputDigests now = inputs.digests();
    if (!before.global().equals(now.global()) || !before.packages().equals(now.packages())
        || !now.types().keySet().containsAll(before.types().keySet())) {
      return Optional.empty();
    }
    Set<String> changed = new TreeSet<>();
    now.types().forEach((type, digest) -> {
      if (!digest.equals(before.types().get(type))) {
        changed.add(type);
      }
    });
    Map<String, TypeElement> entityTypes = byBinaryName(entities);
    if (changed.isEmpty() || changed.stream().anyMatch(type -> !readable(type, entityTypes, sources))) {
      return Optional.empty();
    }
    Map<String, Set<String>> referrers = inputs.graph().referrers();
    Set<String> described = entitiesReaching(changed, referrers, entityTypes);
    Set<String> part = new TreeSet<>(described);
    for (String entity : described) {
      part.addAll(entitiesReaching(referrers.getOrDefault(entity, Set.of()), referrers, entityTypes));
    }
    if (!part.containsAll(inputs.graph().hinted())) {
      return Optional.empty();
    }
    Set<String> qualified = new TreeSet<>();
    part.forEach(name -> qualified.add(entityTypes.get(name).getQualifiedName().toString()));
    Set<String> keyed = new TreeSet<>();
    part.stream().filter(name -> !described.contains(name))
        .forEach(name -> keyed.add(entityTypes.get(name).getQualifiedName().toString()));
    return reader.readPart(entities, converters, qualified)
        .filter(model -> model.problems().isEmpty())
        .flatMap(model -> patch(snapshot.schema(), sources.tables(), model, qualified, keyed));
  }

  /**
   * Whether a change of this type can be followed to the entities it reaches: not for an
   * annotation, a converter, an embeddable, a class with mapping annotations that is no entity, or
   * a former entity.
   */
  private boolean readable(String binaryName, Map<String, TypeElement> entityTypes, Sources sources) {
    if (entityTypes.containsKey(binaryName)) {
      return true;
    }
    TypeElement type = inputs.graph().type(binaryName);
    if (type == null || type.getKind() == ElementKind.ANNOTATION_TYPE || converters.contains(type)
        || embeddables.contains(type) || sources.tables().containsValue(type.getQualifiedName().toString())) {
      return false;
    }
    for (var annotation : type.getAnnotationMirrors()) {
      String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.startsWith("jakarta.persistence.") || name.startsWith("javax.persistence.")
          || name.startsWith("org.hibernate.")) {
        return false;
      }
    }
    return true;
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

  private Map<String, TypeElement> byBinaryName(Collection<TypeElement> types) {
    Map<String, TypeElement> named = new TreeMap<>();
    types.forEach(type -> named.put(elements.getBinaryName(type).toString(), type));
    return named;
  }

  /**
   * The snapshot's schema with the tables the part's entities mapped replaced by those they map
   * now; empty when the rest of the schema depends on what changed in them.
   *
   * @param owners the snapshot's table -> entity
   * @param part the qualified names of the entities read
   * @param keyed those of them read only because they refer to a changed one: their keys must not change
   */
  private static Optional<EntityModel> patch(Schema old, Map<String, String> owners, EntityModel read, Set<String> part,
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
      if (tables.containsKey(table.name()) || !Identifiers.isQuoted(table.name()) && unquoted.contains(table.name())
          || !part.contains(read.entities().get(table.name()))) {
        return Optional.empty();
      }
      if (keyed.contains(read.entities().get(table.name())) && !sameKey(old.table(table.name()), table)) {
        return Optional.empty();
      }
    }
    Map<String, Table> newPart = new TreeMap<>();
    now.tables().forEach(t -> newPart.put(t.name(), t));
    for (Table kept : tables.values()) {
      for (ForeignKey key : kept.foreignKeys()) {
        if ((oldPart.contains(key.referencedTable()) || newPart.containsKey(key.referencedTable()))
            && !sameReferencedColumns(old.table(key.referencedTable()), newPart.get(key.referencedTable()), key)) {
          return Optional.empty();
        }
      }
    }
    // a new key's SQL names the table it refers to as the model spells it, and the snapshot keeps
    // the names earlier migrations gave: those agree only where the dialects spell the table alike
    for (Table table : newPart.values()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (!newPart.containsKey(key.referencedTable())
            && old.dialectNames().values().stream().anyMatch(n -> n.names(key.referencedTable()))) {
          return Optional.empty();
        }
      }
    }
    tables.putAll(newPart);
    Map<String, Sequence> sequences = new TreeMap<>();
    Set<String> oldSequences = new HashSet<>();
    for (Sequence sequence : old.sequences()) {
      long inPart = sequence.ids().stream().filter(id -> oldPart.contains(id.table())).count();
      if (sequence.ids().isEmpty() || inPart > 0 && inPart < sequence.ids().size()) {
        return Optional.empty();
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
        return Optional.empty();
      }
    }
    if (old.generatorRows().stream().anyMatch(row -> row.ids().isEmpty()
        || row.ids().stream().anyMatch(id -> oldPart.contains(id.table())))) {
      return Optional.empty();
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
    return Optional.of(new EntityModel(patched, read.renames(), read.backfills(), read.origins(), tableOwners,
        List.of()));
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
