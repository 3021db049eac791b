package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.godwit.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relations and collections end to end in javac: the join and collection tables they add, named
 * as Hibernate names them under both naming strategies, and the mistakes and unsupported mappings
 * reported on their elements. Hibernate's own schema for the same fixtures is {@code HibernateOracleTest}.
 */
class AssociationFixturesTest {
  @TempDir Path dir;

  private Compilation compile(List<JavaFileObject> sources, String naming) {
    return Compiler.javac().withProcessors(new GodwitProcessor())
        .withOptions("-Agodwit.snapshot=" + dir.resolve("snapshot.json"), "-Agodwit.output=" + dir.resolve("db"),
            "-Agodwit.naming=" + naming)
        .compile(sources);
  }

  private static List<JavaFileObject> associations() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Map.Entry<String, String> source : FixtureCompiler.sources("associations").entrySet()) {
      sources.add(JavaFileObjects.forSourceString(source.getKey().replace('/', '.').replaceAll("\\.java$", ""),
          source.getValue()));
    }
    return sources;
  }

  private String migration(String dialect, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("db").resolve(dialect))) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file);
    }
  }

  @Test
  void collectionsAddJoinAndCollectionTablesWithTheirKeys() throws IOException {
    Compilation compilation = compile(associations(), "jpa");
    assertThat(compilation).succeeded();
    String postgres = migration("postgresql", "V1__");
    assertThat(postgres).contains(
        // a bidirectional many-to-many: the owner's column is named after the inverse attribute
        "create table author_Book (fans_id bigint not null, favourites_id bigint not null, "
            + "primary key (fans_id, favourites_id));",
        // an element collection with @CollectionTable, @Column and a set's key of owner and element
        "create table author_phone (author_ref bigint not null, phone varchar(20) not null, "
            + "primary key (author_ref, phone));",
        "call pg_temp.godwit_retry($$alter table author_phone add constraint fk_author_phone foreign key (author_ref)"
            + " references author (id)$$);",
        // a bag has no primary key
        "create table Author_scores (Author_id bigint not null, scores integer);",
        // a list's index precedes the bigint key, as Hibernate orders key columns by size
        "primary key (genres_ORDER, Author_id)",
        // a map keyed by an enum name
        "genreRanks_KEY varchar(255) not null, primary key (Author_id, genreRanks_KEY)",
        // a one-to-many join table: the target's column is unique
        "constraint author_award_awards_id_key unique (awards_id)",
        // @OneToMany @JoinColumn: the owner's key and the list index in the child's table
        "create table Draft (id bigint not null, drafts_id bigint not null, drafts_ORDER integer not null, "
            + "theatre_id bigint, primary key (id));",
        // the index of a mappedBy list lives in the child's table, nullable
        "create table Book (id bigint not null, author_id bigint not null, position integer, primary key (id));",
        // quoted table and key: the implicit names built from them are quoted
        "create table \"Book_Tag\" (Book_id bigint not null, \"labels_Key\" bigint not null,",
        // an element collection of embeddables: a column per attribute, overridable, nested ones included;
        // a set of them has a primary key only when every column is NOT NULL
        "create table Author_pastAddresses (Author_id bigint not null, road varchar(255), zip_code varchar(10), "
            + "number integer, latitude float(53), longitude float(53), pastAddresses_ORDER integer not null,",
        "create table Author_addresses (Author_id bigint not null, street varchar(255), zip_code varchar(10), "
            + "number integer, latitude float(53), longitude float(53));",
        "create table author_landline (Author_id bigint not null, country varchar(4) not null, "
            + "number varchar(20) not null, primary key (country, Author_id, number));",
        // javax.persistence reads the same
        "create table Topic_aliases (Topic_id bigint not null, aliases varchar(255), rank integer not null,");
    // NO_CONSTRAINT: the column without a foreign key; a shared column keeps the explicitly named key only
    assertThat(postgres).doesNotContain("foreign key (book_id)", "alter table author_pinned add constraint FK")
        .containsOnlyOnce("foreign key (reviewer_id)").contains("add constraint fk_review_reviewer");
    assertThat(migration("h2", "V1__")).contains("create table author_phone");
    assertThat(migration("mysql", "V1__")).contains("create table author_phone");
  }

  @Test
  void snakeCaseNamesJoinTablesAsSpringBootDoes() throws IOException {
    Compilation compilation = compile(associations(), "snake_case");
    assertThat(compilation).succeeded();
    String h2 = migration("h2", "V1__");
    assertThat(h2).contains("create table author_favourites (fans_id bigint not null, favourites_id bigint not null,",
        "create table \"book_labels\"", "create table author_genre_ranks (author_id bigint not null,",
        "genre_ranks_key enum ('ESSAY','NOVEL','POETRY') not null");
    assertThat(h2).doesNotContain("author_book ");
  }

  @Test
  void turningASetIntoABagDropsItsJoinTablesPrimaryKeyAndIsFlagged() throws IOException {
    String shelf = """
        package lib;
        import jakarta.persistence.*;
        import java.util.*;
        @Entity public class Shelf { @Id Long id; @ManyToMany SET<Volume> volumes; }
        """;
    JavaFileObject volume = JavaFileObjects.forSourceString("lib.Volume",
        "package lib; import jakarta.persistence.*; @Entity public class Volume { @Id Long id; }");
    assertThat(compile(List.of(JavaFileObjects.forSourceString("lib.Shelf", shelf.replace("SET", "Set")), volume), "jpa"))
        .succeeded();
    assertThat(migration("postgresql", "V1__")).contains("primary key (Shelf_id, volumes_id)");

    JavaFileObject bag = JavaFileObjects.forSourceString("lib.Shelf", shelf.replace("SET", "List"));
    Compilation compilation = compile(List.of(bag, volume), "jpa");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW406] changing the primary key of Shelf_Volume")
        .inFile(bag).onLineContaining("List<Volume> volumes");
  }

  @Test
  void renamedOnACollectionRenamesItsJoinTable() throws IOException {
    String shelf = """
        package lib;
        import jakarta.persistence.*;
        import java.util.*;
        @Entity public class Shelf { @Id Long id; MAPPING Set<Volume> volumes; }
        """;
    JavaFileObject volume = JavaFileObjects.forSourceString("lib.Volume",
        "package lib; import jakarta.persistence.*; @Entity public class Volume { @Id Long id; }");
    assertThat(compile(List.of(JavaFileObjects.forSourceString("lib.Shelf", shelf.replace("MAPPING", "@ManyToMany")),
        volume), "jpa")).succeeded();
    JavaFileObject renamed = JavaFileObjects.forSourceString("lib.Shelf", shelf.replace("MAPPING",
        "@ManyToMany @JoinTable(name = \"shelf_volumes\") @dev.godwit.Renamed(from = \"Shelf_Volume\")"));
    assertThat(compile(List.of(renamed, volume), "jpa")).succeeded();
    assertThat(migration("postgresql", "V2__"))
        .contains("call pg_temp.godwit_retry($$alter table Shelf_Volume rename to shelf_volumes$$);")
        .doesNotContain("create table", "drop table");
  }

  @Test
  void associationMistakesAndUnsupportedMappingsAreReportedOnTheirElements() {
    JavaFileObject shelf = JavaFileObjects.forResource("fixtures/errors/associations/Shelf.java");
    JavaFileObject volume = JavaFileObjects.forResource("fixtures/errors/associations/Volume.java");
    Compilation compilation = compile(List.of(shelf, volume), "jpa");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW110] @ManyToMany wrongJoin has @JoinColumn")
        .inFile(shelf).onLineContaining("wrongJoin;");
    assertThat(compilation).hadErrorContaining("[GW110] 2 join columns refer to Shelf, whose primary key has 1")
        .inFile(shelf).onLineContaining("twoColumns;");
    assertThat(compilation).hadErrorContaining("[GW110] mappedBy = \"nothing\" of unknownInverse names no attribute of Volume")
        .inFile(shelf).onLineContaining("unknownInverse;");
    assertThat(compilation).hadErrorContaining("[GW101] a collection inside the embeddable of a collection "
        + "(labels.volumes) cannot be mapped: Hibernate refuses")
        .inFile(shelf).onLineContaining("labels;");
    assertThat(compilation).hadErrorContaining("[GW101] @OrderColumn on orderedSet is supported on a java.util.List only")
        .inFile(shelf).onLineContaining("orderedSet;");
    assertThat(compilation).hadErrorContaining("[GW106] table Shelf_Volume is mapped more than once "
        + "(by fixtures.errors.Shelf.first and fixtures.errors.Shelf.second)")
        .inFile(shelf).onLineContaining("second;");
    assertThat(compilation).hadErrorContaining("[GW101] @CollectionTable(catalog = \"archive\") is not supported by Godwit")
        .inFile(shelf).onLineContaining("archived;");
    assertThat(compilation).hadErrorContaining("[GW105] the target of notEntities (java.lang.String)")
        .inFile(shelf).onLineContaining("notEntities;");
  }

  /** Hibernate merges collection tables whose unquoted names differ only in case into one table. */
  @Test
  void tablesWhoseNamesDifferOnlyInCaseAreAnError() {
    JavaFileObject desk = JavaFileObjects.forSourceString("lib.Desk", "package lib;\nimport jakarta.persistence.*;\n"
        + "import java.util.Set;\n@Entity public class Desk {\n  @Id private Long id;\n"
        + "  @ElementCollection @CollectionTable(name = \"Notes\") private Set<String> notes;\n}\n");
    JavaFileObject lamp = JavaFileObjects.forSourceString("lib.Lamp", "package lib;\nimport jakarta.persistence.*;\n"
        + "import java.util.Set;\n@Entity public class Lamp {\n  @Id private Long id;\n"
        + "  @ElementCollection @CollectionTable(name = \"notes\") private Set<String> remarks;\n"
        + "  @ElementCollection @CollectionTable(name = \"`lamp_tags`\") private Set<String> tags;\n"
        + "  @ElementCollection @CollectionTable(name = \"`LAMP_TAGS`\") private Set<String> labels;\n}\n");
    Compilation compilation = compile(List.of(desk, lamp), "jpa");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW106] table notes (mapped by lib.Lamp.remarks) differs only in case "
        + "from table Notes (mapped by lib.Desk.notes); Hibernate and the databases take them for one table")
        .inFile(lamp).onLineContaining("remarks;");
    // quoted names are distinct tables, for Hibernate as for the databases
    assertThat(compilation).hadErrorCount(1);
  }
  /** Each table meets the first table whose unquoted name differs only in case, among entity tables too. */
  @Test
  void entityTablesWhoseNamesDifferOnlyInCaseAreErrorsAgainstTheFirst() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String[] entity : List.of(new String[] {"Book", "LEDGER"}, new String[] {"Ledger", "Ledger"},
        new String[] {"Memo", "ledger"}, new String[] {"Note", "notes"})) {
      sources.add(JavaFileObjects.forSourceString("lib." + entity[0], "package lib;\nimport jakarta.persistence.*;\n"
          + "@Entity @Table(name = \"" + entity[1] + "\") public class " + entity[0] + " {\n  @Id private Long id;\n}\n"));
    }
    Compilation compilation = compile(sources, "jpa");
    assertThat(compilation).failed();
    for (String entity : List.of("Ledger", "Memo")) {
      JavaFileObject source = sources.get(entity.equals("Ledger") ? 1 : 2);
      assertThat(compilation).hadErrorContaining("(mapped by lib." + entity + ") differs only in case from table LEDGER "
          + "(mapped by lib.Book)").inFile(source).onLineContaining("class " + entity);
    }
    assertThat(compilation).hadErrorCount(2);
  }
}
