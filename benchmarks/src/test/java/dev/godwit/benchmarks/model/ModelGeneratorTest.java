package dev.godwit.benchmarks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelGeneratorTest {
  private static final ModelGenerator MODEL = new ModelGenerator(120, ModelGenerator.DEFAULT_SEED, Feature.all());

  @Test
  void theSameSizeSeedAndFeaturesGiveTheSameSources() {
    assertThat(new ModelGenerator(120, ModelGenerator.DEFAULT_SEED, Feature.all()).sources(false))
        .isEqualTo(MODEL.sources(false));
    assertThat(new ModelGenerator(120, 7, Feature.all()).sources(false)).isNotEqualTo(MODEL.sources(false));
  }

  @Test
  void entitiesAreSpreadOverPackagesOf25WithTheCommonTypes() {
    Map<String, String> sources = MODEL.sources(false);
    long entities = sources.values().stream().filter(s -> s.contains("@Entity")).count();
    assertThat(entities).isEqualTo(120);
    assertThat(sources.keySet().stream().map(n -> n.substring(0, n.lastIndexOf('.'))).distinct())
        .contains("bench.model.p000", "bench.model.p004", "bench.model.common").hasSize(6);
    assertThat(sources).containsKeys("bench.model.common.BaseEntity", "bench.model.common.Address",
        "bench.model.common.Status");
  }

  @Test
  void everyFeatureIsUsedWhenOnAndAbsentWhenOff() {
    String all = String.join("\n", MODEL.sources(false).values());
    assertThat(all).contains("extends BaseEntity", "@ManyToOne", "@OneToMany(mappedBy", "@ManyToMany", "@Embedded",
        "@Enumerated(EnumType.STRING)", "@Index(columnList", "@UniqueConstraint(columnNames", "unique = true",
        "@GeneratedValue(strategy = GenerationType.IDENTITY)", "private java.util.UUID id", "BigDecimal");
    String plain = String.join("\n", new ModelGenerator(120, ModelGenerator.DEFAULT_SEED, Set.of()).sources(false).values());
    assertThat(plain).doesNotContain("BaseEntity", "@ManyToOne", "@OneToMany", "@ManyToMany", "@Embedded",
        "@Enumerated", "@Index", "@UniqueConstraint", "unique = true");
  }

  @Test
  void theEditedVariantChangesExactlyOneLineOfOneEntity() {
    Map<String, String> base = MODEL.sources(false);
    Map<String, String> edited = MODEL.sources(true);
    assertThat(edited.keySet()).isEqualTo(base.keySet());
    List<String> changed = new ArrayList<>();
    for (String name : base.keySet()) {
      List<String> before = base.get(name).lines().toList();
      List<String> after = edited.get(name).lines().toList();
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        if (!before.get(i).equals(after.get(i))) {
          changed.add(name + ": " + before.get(i).trim() + " -> " + after.get(i).trim());
        }
      }
    }
    assertThat(changed).hasSize(1);
    var description = java.util.regex.Pattern.compile("(.*)\\.(name|title|label): length (\\d+) -> (\\d+)")
        .matcher(MODEL.editDescription());
    assertThat(description.matches()).as(MODEL.editDescription()).isTrue();
    assertThat(changed.get(0)).startsWith(description.group(1) + ": @Column(")
        .contains("length = " + description.group(3) + ") -> ").endsWith("length = " + description.group(4) + ")");
    assertThat(Integer.parseInt(description.group(4)) - Integer.parseInt(description.group(3))).isEqualTo(50);
  }

  @Test
  void featureListsParseCaseInsensitively() {
    assertThat(Feature.parse("many_to_one, EMBEDDABLE,,mapped-superclass"))
        .isEqualTo(EnumSet.of(Feature.MANY_TO_ONE, Feature.EMBEDDABLE, Feature.MAPPED_SUPERCLASS));
  }
}
