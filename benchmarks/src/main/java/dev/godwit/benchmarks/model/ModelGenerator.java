package dev.godwit.benchmarks.model;

import dev.godwit.benchmarks.model.ModelPlan.BasicField;
import dev.godwit.benchmarks.model.ModelPlan.EntityPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A synthetic but realistic JPA model: {@code entities} entity classes of mixed basic types, ids,
 * references, embeddables and constraints spread over packages of 25, decided by {@code seed}.
 * The edited variant differs in exactly one field: the leading string column of the middle
 * entity is 50 characters longer (a safe, widening change that makes one migration).
 */
public record ModelGenerator(int entities, long seed, Set<Feature> features) {
  public static final long DEFAULT_SEED = 20261122L;
  private static final int EDIT_WIDENING = 50;

  public ModelGenerator {
    if (entities < 1) {
      throw new IllegalArgumentException("a model needs at least one entity: " + entities);
    }
    features = Set.copyOf(features);
  }

  /** The sources by qualified class name. */
  public Map<String, String> sources(boolean edited) {
    Map<String, String> sources = new TreeMap<>(SourceRenderer.common(features));
    List<EntityPlan> plans = new ArrayList<>(ModelPlanner.plan(entities, seed, features).entities());
    if (edited) {
      plans.set(editedIndex(), edit(plans.get(editedIndex())));
    }
    for (EntityPlan plan : plans) {
      sources.put(plan.qualifiedName(), SourceRenderer.entity(plan));
    }
    return sources;
  }

  /** What the edited variant changes, e.g. {@code bench.model.p002.Invoice0050.name: length 100 -> 150}. */
  public String editDescription() {
    EntityPlan plan = ModelPlanner.plan(entities, seed, features).entities().get(editedIndex());
    BasicField field = plan.fields().get(0);
    return plan.qualifiedName() + "." + field.name() + ": length " + field.length() + " -> "
        + (field.length() + EDIT_WIDENING);
  }

  /** Writes the sources as {@code .java} files under {@code root} (which is emptied first) and lists them. */
  public List<Path> writeTo(Path root, boolean edited) throws IOException {
    Files.createDirectories(root);
    try (var old = Files.walk(root)) {
      for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!path.equals(root)) {
          Files.delete(path);
        }
      }
    }
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources(edited).entrySet()) {
      Path file = root.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  private int editedIndex() {
    return entities / 2;
  }

  private static EntityPlan edit(EntityPlan plan) {
    List<BasicField> fields = new ArrayList<>(plan.fields());
    fields.set(0, fields.get(0).withLength(fields.get(0).length() + EDIT_WIDENING));
    return new EntityPlan(plan.index(), plan.packageName(), plan.name(), plan.extendsBase(), plan.idKind(),
        List.copyOf(fields), plan.manyToOne(), plan.oneToMany(), plan.manyToMany(), plan.embedded(), plan.indexes(),
        plan.uniqueConstraints());
  }
}
