package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compile-testing fixtures for column-level mappings that the H2 oracle cannot show: Bean
 * Validation DDL (Hibernate Validator is not on this module's test classpath, so {@code auto}
 * finds none) and the errors for what Godwit does not model. The expected SQL fragments are what
 * Hibernate 6.6.36 with Hibernate Validator 8.0.2 writes for the same entity (see the fixture).
 */
class ColumnFeatureFixturesTest {
  @TempDir Path dir;

  private Compilation generate(List<JavaFileObject> sources, String... extra) {
    List<String> options = new ArrayList<>(List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"),
        "-Agodwit.output=" + dir.resolve("migration")));
    options.addAll(List.of(extra));
    return Compiler.javac().withProcessors(new GodwitProcessor()).withOptions(options).compile(sources);
  }

  private static JavaFileObject validation() {
    return JavaFileObjects.forResource("fixtures/bean_validation/Val.java");
  }

  private String v1(String dialect) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("migration").resolve(dialect))) {
      return Files.readString(files.filter(f -> f.getFileName().toString().startsWith("V1__")).findFirst().orElseThrow());
    }
  }

  @Test
  void beanValidationDdlIsAppliedAsHibernateValidatorDoesWhenAskedFor() throws IOException {
    Compilation compilation = generate(List.of(validation()), "-Agodwit.beanValidation=ddl");
    assertThat(compilation).succeededWithoutWarnings();
    String h2 = v1("h2");
    assertThat(h2).contains("notNull varchar(255) not null", "notBlank varchar(255) not null",
        "notEmpty varchar(255) not null", "size40 varchar(40)", "sizeWithColumn varchar(30)", "min1 integer,",
        "digits numeric(7,2)", "decMin numeric(38,2)", "email varchar(255)", "bounded integer not null",
        "constraint Val_min1_check check (min1>=1)", "constraint Val_max99_check check (max99<=99)",
        "constraint Val_bounded_check check ((bounded>=1) and (bounded<=9))");
    assertThat(v1("postgresql")).contains("constraint val_min1_check check (min1>=1)", "digits numeric(7,2)");
    // Hibernate's MySQLDialect writes column checks from MySQL 8.0.16 (the default target is 8.4),
    // and MariaDB names them after their column
    assertThat(v1("mysql")).contains("size40 varchar(40)", "digits decimal(7,2)",
        "constraint min1 check (min1>=1)", "constraint bounded check ((bounded>=1) and (bounded<=9))");
  }

  /** The statement that creates {@code table}, from a migration. */
  private static String createTable(String migration, String table) {
    int start = migration.indexOf("create table " + table + " (");
    assertThat(start).as("create table " + table).isNotNegative();
    return migration.substring(start, migration.indexOf(';', start));
  }

  /**
   * Hibernate carries constraints into an embeddable only through {@code @Valid} (NOT NULL only
   * when the embedding attribute is NOT NULL too), never into a collection's elements, and never
   * makes a SINGLE_TABLE subclass's column NOT NULL (corpus domain enrollment runs the same shapes
   * against Hibernate on three engines).
   */
  @Test
  void beanValidationReachesWhereHibernateValidatorsDdlReaches() throws IOException {
    List<JavaFileObject> sources = Stream.of("Patron", "Spot", "Guest", "Pass")
        .map(name -> JavaFileObjects.forResource("fixtures/bean_validation_reach/" + name + ".java")).toList();
    Compilation compilation = generate(sources, "-Agodwit.beanValidation=ddl");
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings().stream().filter(w -> w.getMessage(null).contains("[GW101]")))
        .as("one warning, for the @Min/@Max pair whose order is not known").hasSize(1);
    assertThat(compilation).hadWarningContaining("[GW101] Hibernate joins the conditions of @Min and @Max into one check")
        .inFile(sources.get(2)).onLineContaining("private Integer stay");
    String h2 = v1("h2");
    assertThat(createTable(h2, "Patron")).contains("name varchar(255) not null", "home_street varchar(30) not null",
        "lab_street varchar(30),", "office_street varchar(255),", "badge varchar(20),", "nights integer,",
        "pass_code varchar(255),",
        "constraint Patron_home_floor_check check (home_floor>=1)", "constraint Patron_lab_floor_check check (lab_floor>=1)",
        "constraint Patron_nights_check check (nights>=2)",
        "constraint Patron_grade_check check ((grade<=100) and (grade>=0))",
        "constraint Patron_stay_check check ((stay>=1) and (stay<=14))").doesNotContain("office_floor>=");
    assertThat(createTable(h2, "Pass")).contains("code varchar(12) not null");
    assertThat(createTable(h2, "Patron_visits")).contains("home_street varchar(255),").doesNotContain("check");
    assertThat(createTable(h2, "Patron_tags")).contains("tags varchar(255)");
  }

  @Test
  void withoutHibernateValidatorTheConstraintsAreWarnedAboutAndIgnored() throws IOException {
    Compilation compilation = generate(List.of(validation()));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GW101] @NotNull changes Hibernate's DDL")
        .inFile(validation()).onLineContaining("private String notNull");
    assertThat(compilation).hadWarningContaining("-Agodwit.beanValidation=ddl");
    assertThat(v1("h2")).contains("notNull varchar(255),", "size40 varchar(255)").doesNotContain("check");
  }

  @Test
  void beanValidationNoneIgnoresTheConstraintsSilently() throws IOException {
    Compilation compilation = generate(List.of(validation()), "-Agodwit.beanValidation=none");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(v1("h2")).contains("notNull varchar(255),").doesNotContain("check");
  }

  @Test
  void anUnknownBeanValidationModeIsAnOptionError() {
    Compilation compilation = generate(List.of(validation()), "-Agodwit.beanValidation=maybe");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW501] option -Agodwit.beanValidation must be 'auto', 'ddl' or 'none'");
  }

  @Test
  void whatGodwitDoesNotModelIsAnErrorOnItsElement() {
    JavaFileObject part = JavaFileObjects.forResource("fixtures/errors/column_features/Part.java");
    Compilation compilation = generate(List.of(part, JavaFileObjects.forResource("fixtures/errors/column_features/YesNo.java")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW101] @Convert on a Boolean attribute is not supported")
        .inFile(part).onLineContaining("private Boolean active");
    assertThat(compilation).hadErrorContaining("[GW101] the unnamed check (weight < 1000) of table Part gets the same "
        + "database name as check (weight > 0)").inFile(part).onLineContaining("public class Part");
  }

  private static JavaFileObject convertFixture(String name) {
    return JavaFileObjects.forResource("fixtures/errors/converts/" + name + ".java");
  }

  /**
   * Converts Hibernate ignores, refuses, maps wrongly or resolves against its own precedence are
   * errors on the element that holds them.
   */
  @Test
  void convertsHibernateIgnoresOrResolvesInconsistentlyAreErrorsOnTheirElement() {
    JavaFileObject site = convertFixture("Site");
    JavaFileObject place = convertFixture("Place");
    Compilation compilation = generate(List.of(site, place, convertFixture("Spot"), convertFixture("Code")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW109] @Convert(attributeName = \"nope\") on class Site names no "
        + "basic attribute Hibernate converts").inFile(site).onLineContaining("public class Site");
    // entity class-level converts never reach the elements of a collection
    assertThat(compilation).hadErrorContaining("[GW109] @Convert(attributeName = \"tags\") on class Site names no "
        + "basic attribute").inFile(site).onLineContaining("public class Site");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert on class Site must name the attribute it converts")
        .inFile(site).onLineContaining("public class Site");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert(attributeName = \"inner\") on basic attribute label")
        .inFile(site).onLineContaining("private String label");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert on attribute bare itself names no converter and does "
        + "not disable conversion").inFile(site).onLineContaining("private String bare");
    assertThat(compilation).hadErrorContaining("[GW109] two @Convert apply to place.street: the one on attribute "
        + "place and the one on class Site").inFile(site).onLineContaining("private Place place");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert on attribute spot must name the attribute")
        .inFile(site).onLineContaining("private Spot spot");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert on map places of embeddables must name \"key\"")
        .inFile(site).onLineContaining("Map<String, Place> places");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert(attributeName = \"other\") on map named must name "
        + "\"key\", \"value\"").inFile(site).onLineContaining("Map<String, String> named");
    assertThat(compilation).hadErrorContaining("[GW109] @Convert on collection children converts nothing")
        .inFile(site).onLineContaining("List<Site> children");
    assertThat(compilation).hadErrorContaining("[GW101] @MapKeyColumn(unique = true) on a one-to-many without a join "
        + "table").inFile(site).onLineContaining("Map<String, Site> byKey");
    assertThat(compilation).hadErrorContaining("[GW109] two @Convert apply to place.city: the one on attribute city "
        + "itself and the one on embeddable Place").inFile(place).onLineContaining("private String city");
    assertThat(compilation).hadErrorContaining("[GW101] @Convert on embedded attribute spot inside an embeddable")
        .inFile(place).onLineContaining("private Spot spot");
  }
}
