package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity structure Godwit cannot map as Hibernate does is a compile error on the element naming
 * it, and nothing is written.
 */
class EntityStructureErrorsTest {
  @TempDir Path dir;

  private static JavaFileObject fixture(String type) {
    return JavaFileObjects.forResource("fixtures/errors/structure/" + type + ".java");
  }

  private Compilation compile(String... types) {
    List<JavaFileObject> sources = java.util.Arrays.stream(types).map(EntityStructureErrorsTest::fixture).toList();
    return Compiler.javac().withProcessors(new GodwitProcessor())
        .withOptions("-Agodwit.snapshot=" + dir.resolve("snapshot.json"), "-Agodwit.output=" + dir.resolve("out"))
        .compile(sources);
  }

  @Test
  void anEmbeddableUsedTwiceWithoutOverridesAndAnEmbeddedNonEmbeddable() throws IOException {
    Compilation compilation = compile("Trip", "Place");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW104] column city of table Trip (attribute destination.city) "
        + "is mapped twice; an embeddable used more than once needs @AttributeOverride")
        .inFile(fixture("Trip")).onLineContaining("Place destination");
    assertThat(compilation).hadErrorContaining("[GW101] the type of embedded attribute notEmbeddable "
        + "(java.lang.String) is not an @Embeddable").inFile(fixture("Trip")).onLineContaining("notEmbeddable");
    assertThat(compilation).hadErrorCount(2);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void tableGeneratorsGodwitCannotMapAreErrorsOnTheirIds() throws IOException {
    Compilation compilation = compile("Tally");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @GeneratedValue(strategy = IDENTITY, generator = \"nowhere\") "
        + "names no @SequenceGenerator or @TableGenerator; Hibernate refuses").inFile(fixture("Tally")).onLineContaining("\"nowhere\"");
    assertThat(compilation).hadErrorContaining("[GW101] @TableGenerator(catalog = \"archive\") is not supported by Godwit "
        + "with mysql, h2: on MySQL/MariaDB Hibernate 6.6 (MySQLDialect qualifies by catalog only) puts the object into "
        + "database archive")
        .inFile(fixture("Tally")).onLineContaining("archivedId");
    assertThat(compilation).hadErrorContaining("[GW106] table generator table Tally has the name of a table an entity")
        .inFile(fixture("Tally")).onLineContaining("clashId");
    assertThat(compilation).hadErrorContaining("[GW106] table generators share table blocks with different columns "
        + "(sequence_name, next_val and sequence_name, hi)").inFile(fixture("Tally")).onLineContaining("secondId");
    assertThat(compilation).hadErrorContaining("[GW101] @SequenceGenerator(catalog = \"other\") is not supported by "
        + "Godwit with mysql, h2: on MySQL/MariaDB Hibernate 6.6").inFile(fixture("Tally")).onLineContaining("numberedId");
    assertThat(compilation).hadErrorCount(5);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aDiscriminatorColumnDefinitionIsNotSupported() throws IOException {
    Compilation compilation = compile("Token");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @DiscriminatorColumn(columnDefinition = ...)")
        .inFile(fixture("Token")).onLineContaining("class Token");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void secondaryTablesMustBeDeclaredAndHoldNoEmbeddableColumnsYet() throws IOException {
    Compilation compilation = compile("Badge");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] the columns of misplaced name table nowhere, which is not the "
        + "table of Badge nor one of its @SecondaryTables (badge_detail, badge_archive)")
        .inFile(fixture("Badge")).onLineContaining("misplaced;");
    assertThat(compilation).hadErrorContaining("[GW109] the columns of embedded attribute ribbon are spread over "
        + "tables (badge_detail and the entity's table): Hibernate 6.6 requires every column of an embeddable in one "
        + "table").inFile(fixture("Badge")).onLineContaining("Ribbon ribbon;");
    assertThat(compilation).hadErrorContaining("[GW101] @SecondaryTable(catalog = \"archive\") is not supported")
        .inFile(fixture("Badge")).onLineContaining("class Badge");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void anIdentifierColumnCannotMoveToASecondaryTable() throws IOException {
    Compilation compilation = compile("Plaque", "Medal");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW109] @Column(table = \"plaque_text\") on identifier attribute id: "
        + "an identifier column stays in the table of Plaque (Plaque), and Hibernate 6.6 fails to build the entity")
        .inFile(fixture("Plaque")).onLineContaining("private Long id");
    assertThat(compilation).hadErrorContaining("[GW101] the columns of motto name table plaque: Hibernate 6.6 takes a "
        + "table name for the entity's own table only when it is the physical name exactly (Plaque)")
        .inFile(fixture("Plaque")).onLineContaining("private String motto");
    assertThat(compilation).hadErrorCount(2);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aJoinColumnDefinitionNeedsAName() throws IOException {
    Compilation compilation = compile("Sling", "Medal");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW109] @JoinColumn(columnDefinition = \"numeric(12)\") without a name: "
        + "Hibernate 6.6 ignores the definition of a join column whose name is implicit")
        .inFile(fixture("Sling")).onLineContaining("private Medal medal");
    assertThat(compilation).hadErrorContaining("[GW109] @JoinColumn(columnDefinition = \"numeric(12)\") without a name")
        .inFile(fixture("Sling")).onLineContaining("Set<String> tags");
    assertThat(compilation).hadErrorCount(2);
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void tablePerClassRefusesIdentityAndHasNoTableForItsAbstractRoot() throws IOException {
    Compilation compilation = compile("Ledger", "Journal");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @GeneratedValue(strategy = IDENTITY) cannot generate the "
        + "ids of a TABLE_PER_CLASS hierarchy").inFile(fixture("Ledger")).onLineContaining("private Long id");
    assertThat(compilation).hadErrorContaining("[GW101] abstract TABLE_PER_CLASS entity Ledger has no table")
        .inFile(fixture("Journal")).onLineContaining("private Ledger ledger");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void joinColumnsMustCoverACompositeKeyAndMapsIdMustNameAnEmbeddedIdAttribute() throws IOException {
    Compilation compilation = compile("Link", "Pair", "PairId", "Trip", "Place");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] 1 join column(s) of pair must refer to the primary key of "
        + "Pair (`left`, `right`)").inFile(fixture("Link")).onLineContaining("private Pair pair");
    assertThat(compilation).hadErrorContaining("[GW101] @MapsId(\"id\") is supported by Godwit for a single @Id, "
        + "or for one attribute of an @EmbeddedId").inFile(fixture("Link")).onLineContaining("private Trip trip");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aSubclassCannotDeclareItsOwnId() throws IOException {
    Compilation compilation = compile("Ticket", "Trip", "Place");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] entity Ticket declares an id, but its id is inherited "
        + "from entity Trip").inFile(fixture("Ticket")).onLineContaining("class Ticket");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aSingleTableSubclassCannotHaveATable() throws IOException {
    Compilation compilation = compile("Coupe", "Trip", "Place");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] entity Coupe is a subclass in a SINGLE_TABLE hierarchy and "
        + "may not have @Table").inFile(fixture("Coupe")).onLineContaining("class Coupe");
    assertThat(ProcessorFixturesTest.files(dir)).isEmpty();
  }

  @Test
  void aParentEntityFromTheClasspathIsReported() throws IOException {
    Compilation parent = Compiler.javac().withOptions("-proc:none").compile(fixture("Trip"), fixture("Place"));
    assertThat(parent).succeeded();
    Path classes = dir.resolve("classes");
    for (JavaFileObject file : parent.generatedFiles()) {
      Path target = classes.resolve(file.getName().replaceFirst("^.*?/fixtures/", "fixtures/"));
      Files.createDirectories(target.getParent());
      try (var in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    List<File> classpath = new ArrayList<>(List.of(classes.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation compilation = Compiler.javac().withProcessors(new GodwitProcessor()).withClasspath(classpath)
        .withOptions("-Agodwit.snapshot=" + dir.resolve("out/snapshot.json"), "-Agodwit.output=" + dir.resolve("out"))
        .compile(fixture("Tour"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] entity Tour extends entity fixtures.errors.structure.Trip, "
        + "which is not compiled with it").inFile(fixture("Tour")).onLineContaining("class Tour");
    assertThat(ProcessorFixturesTest.files(dir.resolve("out"))).isEmpty();
  }
}
