package dev.godwit.benchmarks.model;

import dev.godwit.benchmarks.model.ModelPlan.BasicField;
import dev.godwit.benchmarks.model.ModelPlan.EntityPlan;
import dev.godwit.benchmarks.model.ModelPlan.IdKind;
import dev.godwit.benchmarks.model.ModelPlan.Inverse;
import dev.godwit.benchmarks.model.ModelPlan.Reference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Decides a model from its size, seed and features; the same three always give the same plan. */
final class ModelPlanner {
  static final int ENTITIES_PER_PACKAGE = 25;
  private static final List<String> NOUNS = List.of(
      "Customer", "Invoice", "Order", "Product", "Shipment", "Supplier", "Payment", "Account", "Ticket", "Project",
      "Employee", "Contract", "Warehouse", "Delivery", "Campaign", "Review", "Booking", "Device", "Policy", "Claim");
  private static final List<String> EMBEDDABLES = List.of("Address", "Contact");

  private final Random random;
  private final Set<Feature> features;

  private ModelPlanner(long seed, Set<Feature> features) {
    this.random = new Random(seed);
    this.features = features;
  }

  static ModelPlan plan(int size, long seed, Set<Feature> features) {
    return new ModelPlanner(seed, features).plan(size);
  }

  private ModelPlan plan(int size) {
    int digits = Math.max(4, String.valueOf(size - 1).length());
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String name = NOUNS.get(random.nextInt(NOUNS.size())) + String.format(Locale.ROOT, "%0" + digits + "d", i);
      String packageName = String.format(Locale.ROOT, "bench.model.p%03d", i / ENTITIES_PER_PACKAGE);
      drafts.add(new Draft(i, packageName, name));
    }
    for (Draft draft : drafts) {
      fill(draft, drafts);
    }
    return new ModelPlan(drafts.stream().map(Draft::toPlan).toList());
  }

  private void fill(Draft draft, List<Draft> all) {
    draft.extendsBase = features.contains(Feature.MAPPED_SUPERCLASS) && random.nextBoolean();
    draft.idKind = IdKind.values()[random.nextInt(IdKind.values().length)];
    draft.fields.add(FieldCatalog.LEADING.get(random.nextInt(FieldCatalog.LEADING.size())));
    List<BasicField> pool = new ArrayList<>(FieldCatalog.OTHERS);
    if (features.contains(Feature.ENUMS)) {
      pool.addAll(FieldCatalog.ENUMS);
    }
    Collections.shuffle(pool, random);
    int count = 3 + random.nextInt(10);
    for (BasicField field : pool.subList(0, count)) {
      boolean unique = features.contains(Feature.UNIQUE_CONSTRAINTS) && field.javaType().equals("String")
          && field.nullable() && random.nextInt(8) == 0;
      draft.fields.add(unique ? new BasicField(field.name(), field.javaType(), field.length(), field.precision(),
          field.scale(), true, true, field.enumerated()) : field);
    }
    if (all.size() > 1 && features.contains(Feature.MANY_TO_ONE)) {
      int references = random.nextInt(3);
      Set<Integer> used = new HashSet<>();
      for (int r = 0; r < references; r++) {
        Draft target = all.get(random.nextInt(all.size()));
        if (target == draft || !used.add(target.index)) {
          continue;
        }
        String field = lowerFirst(target.name);
        draft.manyToOne.add(new DraftReference(field, target, random.nextInt(3) == 0));
        if (features.contains(Feature.ONE_TO_MANY) && random.nextBoolean()) {
          target.oneToMany.add(new DraftInverse(lowerFirst(draft.name) + "List", draft, field));
        }
      }
    }
    if (all.size() > 1 && features.contains(Feature.MANY_TO_MANY) && random.nextInt(4) == 0) {
      Draft target = all.get(random.nextInt(all.size()));
      if (target != draft) {
        draft.manyToMany.add(new DraftReference(lowerFirst(target.name) + "Set", target, false));
      }
    }
    if (features.contains(Feature.EMBEDDABLE)) {
      for (String embeddable : EMBEDDABLES) {
        if (random.nextInt(4) == 0) {
          draft.embedded.add(embeddable);
        }
      }
    }
    List<String> columns = draft.fields.stream().filter(f -> !f.unique()).map(BasicField::name).toList();
    if (features.contains(Feature.INDEXES) && random.nextBoolean()) {
      draft.indexes.add(random.nextBoolean() || columns.size() < 2 ? List.of(columns.get(0))
          : List.of(columns.get(1), columns.get(0)));
    }
    if (features.contains(Feature.UNIQUE_CONSTRAINTS) && columns.size() > 2 && random.nextInt(4) == 0) {
      draft.uniqueConstraints.add(List.of(columns.get(0), columns.get(2)));
    }
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private record DraftReference(String field, Draft target, boolean required) {}

  private record DraftInverse(String field, Draft owner, String mappedBy) {}

  /** An entity while its references are chosen; targets refer to drafts until all are planned. */
  private static final class Draft {
    final int index;
    final String packageName;
    final String name;
    boolean extendsBase;
    IdKind idKind;
    final List<BasicField> fields = new ArrayList<>();
    final List<DraftReference> manyToOne = new ArrayList<>();
    final List<DraftInverse> oneToMany = new ArrayList<>();
    final List<DraftReference> manyToMany = new ArrayList<>();
    final List<String> embedded = new ArrayList<>();
    final List<List<String>> indexes = new ArrayList<>();
    final List<List<String>> uniqueConstraints = new ArrayList<>();

    Draft(int index, String packageName, String name) {
      this.index = index;
      this.packageName = packageName;
      this.name = name;
    }

    /** A plan whose references point at stand-ins carrying only the target's name and package. */
    EntityPlan toPlan() {
      return new EntityPlan(index, packageName, name, extendsBase, idKind, List.copyOf(fields),
          manyToOne.stream().map(r -> new Reference(r.field(), r.target().stub(), r.required())).toList(),
          oneToMany.stream().map(i -> new Inverse(i.field(), i.owner().stub(), i.mappedBy())).toList(),
          manyToMany.stream().map(r -> new Reference(r.field(), r.target().stub(), r.required())).toList(),
          List.copyOf(embedded), List.copyOf(indexes), List.copyOf(uniqueConstraints));
    }

    EntityPlan stub() {
      return new EntityPlan(index, packageName, name, false, IdKind.IDENTITY, List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of(), List.of());
    }
  }
}
