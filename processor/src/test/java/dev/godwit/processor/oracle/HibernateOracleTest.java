package dev.godwit.processor.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.emit.SqlStatements;
import dev.godwit.processor.testing.DatabaseSchema;
import dev.godwit.processor.testing.FixtureCompiler;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The oracle for extraction: for the generation fixture entities, the schema Godwit's V1 creates on
 * H2 must be the schema Hibernate 6.6 creates itself ({@code hbm2ddl create}, H2Dialect,
 * {@code auto_quote_keyword=true}), under both naming strategies. Hibernate only reads
 * jakarta.persistence, so the javax fixtures are compiled as their jakarta twins for both sides.
 */
class HibernateOracleTest {

  private static final String CAMEL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
  private static final String SPRING_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";

  @ParameterizedTest(name = "{0} with naming {1}")
  @CsvSource({
    "generation, jpa, ''",
    "generation, snake_case, " + CAMEL,
    "oracle, jpa, ''",
    "oracle, snake_case, " + CAMEL,
    "oracle_structure, jpa, ''",
    "oracle_structure, snake_case, " + CAMEL,
    "associations, jpa, ''",
    "associations, snake_case, " + CAMEL,
    "oracle_columns, jpa, ''",
    "oracle_columns, snake_case, " + CAMEL,
    "oracle_mappings, jpa, ''",
    "oracle_mappings, snake_case, " + CAMEL,
    "oracle_schemas, jpa, ''",
    "oracle_schemas, snake_case, " + CAMEL,
    "oracle_conversions, jpa, ''",
    "oracle_conversions, snake_case, " + CAMEL,
    "oracle_collections, jpa, ''",
    "oracle_collections, snake_case, " + CAMEL,
    "oracle_converts, jpa, ''",
    "oracle_converts, snake_case, " + CAMEL,
    "oracle_nonkey, jpa, ''",
    "oracle_nonkey, snake_case, " + CAMEL,
    "oracle_ondelete, jpa, ''",
    "oracle_ondelete, snake_case, " + CAMEL,
    "oracle_idbag, jpa, ''",
    "oracle_idbag, snake_case, " + CAMEL,
    "oracle_nonkey_collections, jpa, ''",
    "oracle_nonkey_collections, snake_case, " + CAMEL
  })
  void godwitCreatesTheSchemaHibernateCreates(String fixtures, String naming, String physicalNamingStrategy,
      @TempDir Path dir) throws Exception {
    DatabaseSchema expected = compareOnH2(fixtures, naming, physicalNamingStrategy, dir, List.of());
    // The comparison has something to compare: every fixture table is there.
    assertThat(expected.toString()).contains(" table", "foreign key", "unique", "sequence");
  }

  /**
   * Generators on a package: JPA 3.2 gave {@code @SequenceGenerator} and {@code @TableGenerator} the
   * PACKAGE target (the 3.1 jar Hibernate 6.6 is built on lacks it, so the fixture compiles against
   * jakarta.persistence-api 3.2.0); Hibernate 6.6 reads them when it binds the package
   * ({@code AnnotationBinder.bindPackage}, for every package an application's scan registers) as
   * generators every entity can name. Godwit's sequence and generator table are Hibernate's.
   */
  @ParameterizedTest(name = "oracle_packages with naming {0}")
  @CsvSource({"jpa, ''", "snake_case, " + CAMEL})
  void packageGeneratorsAreHibernates(String naming, String physicalNamingStrategy, @TempDir Path dir) throws Exception {
    Path jpa32 = Path.of(System.getProperty("godwit.jpa32.jar", "target/api-jars/jakarta.persistence-api-3.2.jar"));
    assertThat(jpa32).as("the JPA 3.2 API jar the build copies").exists();
    DatabaseSchema expected = compareOnH2("oracle_packages", naming, physicalNamingStrategy, dir, List.of(jpa32));
    // Hibernate did read the package: its generators, not implicit ones named package_numbers / package_ids
    assertThat(expected.toString()).contains("sequence PARCEL_NUMBERS start=7 increment=20",
        "CRATE_IDS row [CRATE=crates, NEXT_ID=0]").doesNotContain("PACKAGE_NUMBERS", "PACKAGE_IDS");
  }

  /** Godwit's V1 of {@code fixtures} and Hibernate's own schema on H2 are equal; Hibernate's, for more checks. */
  private static DatabaseSchema compareOnH2(String fixtures, String naming, String physicalNamingStrategy, Path dir,
      List<Path> firstOnClasspath) throws Exception {
    Path classes = dir.resolve("classes");
    Path output = dir.resolve("migrations");
    FixtureCompiler.Result result = FixtureCompiler.compile(FixtureCompiler.sources(fixtures),
        text -> text.replace("javax.persistence.", "jakarta.persistence."), classes,
        List.of("-Agodwit.snapshot=" + dir.resolve("snapshot.json"), "-Agodwit.output=" + output,
            "-Agodwit.dialects=h2", "-Agodwit.naming=" + naming), firstOnClasspath);
    assertThat(result.success()).as("compile: %s", result.diagnostics()).isTrue();
    Path v1;
    try (Stream<Path> files = Files.list(output.resolve("h2"))) {
      v1 = files.filter(f -> f.getFileName().toString().startsWith("V1__")).findFirst().orElseThrow();
    }

    String godwitUrl = "jdbc:h2:mem:godwit_" + fixtures + naming + ";DB_CLOSE_DELAY=-1";
    String hibernateUrl = "jdbc:h2:mem:hibernate_" + fixtures + naming + ";DB_CLOSE_DELAY=-1";
    try (Connection godwit = DriverManager.getConnection(godwitUrl);
        Connection hibernate = DriverManager.getConnection(hibernateUrl)) {
      try (Statement statement = godwit.createStatement()) {
        for (String sql : SqlStatements.split(Files.readString(v1, StandardCharsets.UTF_8))) {
          statement.execute(sql);
        }
      }
      createWithHibernate(classes, hibernateUrl, physicalNamingStrategy);
      DatabaseSchema expected = DatabaseSchema.readFresh(hibernate, false);
      DatabaseSchema actual = DatabaseSchema.readFresh(godwit, false);
      assertThat(DatabaseSchema.differences(expected, actual))
          .as("Godwit (%s) against Hibernate.%nHibernate:%n%s%n%nGodwit V1:%n%s", v1.getFileName(), expected,
              Files.readString(v1, StandardCharsets.UTF_8))
          .isEmpty();
      return expected;
    }
  }

  /**
   * Godwit reads javax.persistence as it reads jakarta.persistence: the same entities written with
   * either give byte-identical migrations and snapshot. oracle_idbag is not among them: Hibernate's
   * {@code @CollectionId(column = @Column)} takes a jakarta.persistence.Column, so no javax entity can declare it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"generation", "oracle", "oracle_structure", "associations", "oracle_columns", "oracle_mappings",
    "oracle_schemas", "oracle_conversions", "oracle_collections", "oracle_converts", "oracle_nonkey",
    "oracle_nonkey_collections"})
  void javaxEntitiesGiveTheMigrationsJakartaEntitiesGive(String fixtures, @TempDir Path dir) throws Exception {
    Map<String, String> written = new TreeMap<>();
    for (String api : List.of("jakarta", "javax")) {
      Path out = dir.resolve(api);
      FixtureCompiler.Result result = FixtureCompiler.compile(FixtureCompiler.sources(fixtures),
          text -> text.replaceAll("(jakarta|javax)\\.persistence\\.", api + ".persistence."), out.resolve("classes"),
          List.of("-Agodwit.snapshot=" + out.resolve("snapshot.json"), "-Agodwit.output=" + out.resolve("migrations"),
              "-Agodwit.dialects=h2,postgresql,mysql", "-Agodwit.naming=snake_case"));
      assertThat(result.success()).as("%s compile: %s", api, result.diagnostics()).isTrue();
      try (Stream<Path> files = Files.walk(out.resolve("migrations"))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String name = out.relativize(file).toString();
          if (api.equals("jakarta")) {
            written.put(name, text);
          } else {
            assertThat(text).as(name).isEqualTo(written.remove(name));
          }
        }
      }
      if (api.equals("jakarta")) {
        assertThat(written).as("jakarta migrations").isNotEmpty();
        written.put("snapshot", unsealed(out.resolve("snapshot.json")));
      } else {
        // the same snapshot, sealed for other inputs (the annotations' package)
        assertThat(unsealed(out.resolve("snapshot.json"))).isEqualTo(written.remove("snapshot"));
      }
    }
    assertThat(written).as("migrations only the jakarta entities gave").isEmpty();
  }

  private static String unsealed(Path snapshot) throws Exception {
    return dev.godwit.processor.snapshot.SnapshotCodec.write(dev.godwit.processor.snapshot.SnapshotCodec.read(
        Files.readString(snapshot, StandardCharsets.UTF_8)));
  }

  /** Lets Hibernate create the schema for the compiled entity classes on {@code url}. */
  private static void createWithHibernate(Path classes, String url, String physicalNamingStrategy) throws Exception {
    List<Class<?>> entities = new ArrayList<>();
    List<Class<?>> converters = new ArrayList<>();
    List<Class<?>> embeddables = new ArrayList<>();
    // packages with a package-info, as an application's scan registers them (Hibernate binds their annotations)
    List<String> packages = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        HibernateOracleTest.class.getClassLoader())) {
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
          if (name.endsWith(".package-info")) {
            packages.add(name.substring(0, name.length() - ".package-info".length()));
            continue;
          }
          Class<?> type = loader.loadClass(name);
          // embeddables too, as an application's scan registers them: Hibernate finds an embeddable's
          // subclasses (embeddable inheritance) only among the registered classes
          if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            entities.add(type);
          } else if (type.isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
            embeddables.add(type);
          } else if (type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
            converters.add(type);
          }
        }
      }
      Map<String, Object> settings = new HashMap<>();
      settings.put("hibernate.connection.url", url);
      settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
      // create-only: a fresh database has nothing to drop (dropping from a schema not yet created halts)
      settings.put("hibernate.hbm2ddl.auto", "create-only");
      settings.put("hibernate.auto_quote_keyword", "true");
      settings.put("hibernate.hbm2ddl.halt_on_error", "true");
      // @Table(schema) and the like: Hibernate creates the schemas first, as Godwit's migration does
      settings.put("hibernate.hbm2ddl.create_namespaces", "true");
      settings.put("hibernate.query.mutation_strategy.global_temporary.create_tables", "false");
      if (!physicalNamingStrategy.isEmpty()) {
        // snake_case is Spring Boot's naming: its physical strategy and its implicit join table names
        settings.put("hibernate.physical_naming_strategy", physicalNamingStrategy);
        settings.put("hibernate.implicit_naming_strategy", SPRING_IMPLICIT);
      }
      BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
      StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
      try {
        MetadataSources sources = new MetadataSources(registry);
        packages.forEach(sources::addPackage);
        entities.forEach(sources::addAnnotatedClass);
        converters.forEach(sources::addAnnotatedClass);
        embeddables.forEach(sources::addAnnotatedClass);
        try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
          assertThat(factory.getMetamodel().getEntities()).hasSize(entities.size());
        }
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
    assertThat(entities).isNotEmpty();
  }
}
