package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate's {@code @OnDelete} where Hibernate 6.6 refuses or ignores it, and the actions InnoDB does
 * not carry out as written where {@code mysql} is configured: errors on the element. Where it is
 * honoured, {@code HibernateOracleTest} (fixtures {@code oracle_ondelete}) compares the schema with
 * Hibernate's and {@code OnDeleteEnginesTest} deletes through it on every engine.
 */
class OnDeleteFixturesTest {
  @TempDir Path dir;

  private int compiles;

  /** Each compile writes into a project of its own. */
  private Compilation compile(List<JavaFileObject> sources, String dialects) {
    Path project = dir.resolve("project" + ++compiles);
    return Compiler.javac().withProcessors(new GodwitProcessor())
        .withOptions("-Agodwit.snapshot=" + project.resolve("snapshot.json"), "-Agodwit.output=" + project.resolve("db"),
            "-Agodwit.dialects=" + dialects)
        .compile(sources);
  }

  @Test
  void placementsHibernateRefusesOrIgnoresAreErrorsOnTheirElements() {
    JavaFileObject desk = JavaFileObjects.forResource("fixtures/errors/ondelete/Desk.java");
    JavaFileObject drawer = JavaFileObjects.forResource("fixtures/errors/ondelete/Drawer.java");
    JavaFileObject lamp = JavaFileObjects.forResource("fixtures/errors/ondelete/Lamp.java");
    Compilation compilation = compile(List.of(desk, drawer, lamp), "postgresql,h2");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[GW109] @OnDelete on entity Desk, which is not a subclass in a JOINED "
        + "hierarchy").inFile(desk).onLineContaining("public class Desk");
    assertThat(compilation).hadErrorContaining("[GW109] @OnDelete on entity Lamp, which is not a subclass in a JOINED "
        + "hierarchy").inFile(lamp).onLineContaining("public class Lamp");
    assertThat(compilation).hadErrorContaining("[GW110] @OnDelete(action = CASCADE) on a unidirectional @OneToMany "
        + "needs an explicit @JoinColumn").inFile(desk).onLineContaining("joinTabled;");
    assertThat(compilation).hadErrorContaining("[GW109] @OnDelete(action = SET_NULL) on the mappedBy side of @OneToMany "
        + "drawers changes no foreign key: Hibernate 6.6 honours only CASCADE there").inFile(desk)
        .onLineContaining("drawers;");
    assertThat(compilation).hadErrorContaining("[GW101] @OnDelete(action = CASCADE) on the mappedBy side of @OneToMany "
        + "loose is supported where the owning side is a plain @ManyToOne of the element entity, but loose has "
        + "@ForeignKey(NO_CONSTRAINT)").inFile(desk).onLineContaining("loose;");
    assertThat(compilation).hadErrorContaining("[GW109] @OnDelete(action = CASCADE) on the mappedBy side of @OneToMany "
        + "kept contradicts @OnDelete(action = SET_NULL) on Drawer.kept").inFile(desk).onLineContaining("kept;");
    assertThat(compilation).hadErrorContaining("[GW101] @OnDelete(action = CASCADE) on the mappedBy side of "
        + "@ManyToMany is not supported by Godwit: Hibernate 6.6 gives the action to the join table's key")
        .inFile(desk).onLineContaining("shared;");
    assertThat(compilation).hadErrorContaining("[GW109] @OnDelete(action = CASCADE) on the mappedBy side of a "
        + "@OneToOne changes no foreign key").inFile(desk).onLineContaining("favourite;");
    assertThat(compilation).hadErrorContaining("[GW109] @OnDelete(action = SET_NULL) on an attribute that is no "
        + "association nor element collection").inFile(desk).onLineContaining("label;");
  }

  private static JavaFileObject shelf(String mapping) {
    return JavaFileObjects.forSourceString("lib.Shelf", """
        package lib;
        import jakarta.persistence.*;
        import org.hibernate.annotations.OnDelete;
        import org.hibernate.annotations.OnDeleteAction;
        @Entity public class Shelf {
          @Id Long id;
          MAPPING
        }
        """.replace("MAPPING", mapping));
  }

  private static final JavaFileObject ROOM = JavaFileObjects.forSourceString("lib.Room",
      "package lib;\n@jakarta.persistence.Entity public class Room {\n  @jakarta.persistence.Id Long id;\n}\n");

  /** InnoDB refuses SET NULL on a NOT NULL column and does not implement SET DEFAULT (measured on MariaDB 11.4). */
  @Test
  void actionsInnoDbDoesNotCarryOutAreErrorsWhereMysqlIsConfigured() {
    JavaFileObject notNull = shelf("@ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.SET_NULL) Room room;");
    Compilation mysql = compile(List.of(notNull, ROOM), "postgresql,mysql");
    assertThat(mysql).hadErrorContaining("[GW109] @OnDelete(action = SET_NULL) on foreign key ")
        .inFile(notNull).onLineContaining("Room room;");
    assertThat(mysql).hadErrorContaining("refuse SET NULL on a column that cannot be null (room_id)");
    assertThat(compile(List.of(notNull, ROOM), "postgresql,h2")).succeeded();

    JavaFileObject setDefault = shelf("@ManyToOne @OnDelete(action = OnDeleteAction.SET_DEFAULT) Room room;");
    assertThat(compile(List.of(setDefault, ROOM), "mysql")).hadErrorContaining("InnoDB does not implement SET DEFAULT")
        .inFile(setDefault).onLineContaining("Room room;");
    JavaFileObject nullable = shelf("@ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Room room;");
    assertThat(compile(List.of(nullable, ROOM), "mysql")).succeeded();
  }
}
