package dev.godwit.processor.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The class file made from the template is the class javac compiles from the source
 * {@link JavaMigrationWriter} writes, as far as anyone can tell: the same public members and
 * values, the same statements, and it runs through Flyway and on its own.
 */
class MigrationClassFileTest {
  private static final String PACKAGE = "db.godwit";

  private static JavaMigrationWriter.Version version(boolean transactional) {
    return new JavaMigrationWriter.Version(7, "add_note_and_more", Map.of(
        "h2", List.of("create table note (id bigint primary key, text varchar(20))", "insert into note values (1, 'x;y')"),
        "postgresql", List.of("create table note (id bigint primary key)")),
        Map.of("h2", List.of("drop table note"), "postgresql", List.of("drop table note")), transactional);
  }

  @ParameterizedTest
  @CsvSource({"true, true", "true, false", "false, true", "false, false"})
  void behavesLikeTheCompiledSource(boolean flyway, boolean transactional) throws Exception {
    JavaMigrationWriter.Version version = version(transactional);
    String name = PACKAGE + "." + JavaMigrationWriter.className(version);
    byte[] statements = StatementsResource.encode(version);
    Compilation compilation = Compiler.javac().compile(
        JavaFileObjects.forSourceString(name, JavaMigrationWriter.source(PACKAGE, version, flyway)));
    assertThat(compilation).succeeded();
    JavaFileObject compiled = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, PACKAGE,
        JavaMigrationWriter.className(version) + ".class").orElseThrow();
    byte[] fromSource;
    try (InputStream in = compiled.openInputStream()) {
      fromSource = in.readAllBytes();
    }
    Class<?> expected = new OneClassLoader(name, fromSource, statements).loadClass(name);
    Class<?> actual = new OneClassLoader(name, MigrationClassFile.of(PACKAGE, version, flyway), statements).loadClass(name);

    assertThat(actual.getName()).isEqualTo(name);
    assertThat(actual.getSuperclass()).isEqualTo(expected.getSuperclass());
    assertThat(actual.getModifiers()).isEqualTo(expected.getModifiers());
    assertThat(signatures(actual)).isEqualTo(signatures(expected));
    for (Field field : expected.getFields()) {
      assertThat(actual.getField(field.getName()).get(null)).as(field.getName()).isEqualTo(field.get(null));
    }
    assertThat(actual.getField("VERSION").get(null)).isEqualTo(7);
    assertThat(actual.getField("DESCRIPTION").get(null)).isEqualTo("add note and more");
    for (String dialect : List.of("h2", "postgresql")) {
      for (String direction : List.of("up", "down")) {
        assertThat(invoke(actual, direction, dialect)).isEqualTo(invoke(expected, direction, dialect))
            .isEqualTo((direction.equals("up") ? version.up() : version.down()).get(dialect));
      }
    }
    assertThatThrownBy(() -> invoke(actual, "up", "mysql")).hasMessage(
        catchMessage(() -> invoke(expected, "up", "mysql"))).hasMessageStartingWith("no statements for dialect mysql; generated for ");
    assertThat(actual.getDeclaredConstructors()).hasSize(1);
    assertThat(Modifier.isPrivate(actual.getDeclaredConstructors()[0].getModifiers())).isEqualTo(!flyway);

    String url = "jdbc:h2:mem:classfile" + flyway + transactional + ";DB_CLOSE_DELAY=-1";
    if (flyway) {
      JavaMigration migration = (JavaMigration) actual.getDeclaredConstructor().newInstance();
      assertThat(migration.canExecuteInTransaction()).isEqualTo(transactional);
      var result = Flyway.configure().dataSource(url, "sa", "").javaMigrations(migration).load().migrate();
      assertThat(result.migrations).singleElement().satisfies(m -> {
        assertThat(m.version).isEqualTo("7");
        assertThat(m.description).isEqualTo("add note and more");
      });
    } else {
      try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
        actual.getMethod("apply", Connection.class).invoke(null, connection);
      }
    }
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet rows = connection.createStatement().executeQuery("select text from note")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("x;y");
      actual.getMethod("undo", Connection.class).invoke(null, connection);
    }
  }

  private static Object invoke(Class<?> type, String method, String dialect) throws Exception {
    try {
      return type.getMethod(method, String.class).invoke(null, dialect);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static String catchMessage(ThrowingCall call) {
    try {
      call.run();
    } catch (Exception e) {
      return e.getMessage();
    }
    throw new AssertionError("no exception");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }

  /** Public and protected members: name, parameter and return types, modifiers, declared exceptions. */
  private static List<String> signatures(Class<?> type) {
    TreeMap<String, String> members = new TreeMap<>();
    for (Method method : type.getDeclaredMethods()) {
      if (!Modifier.isPrivate(method.getModifiers())) {
        members.put(method.getName() + Arrays.toString(method.getParameterTypes()), Modifier.toString(method.getModifiers())
            + " " + method.getReturnType().getName() + " throws " + Arrays.toString(method.getExceptionTypes()));
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isPrivate(field.getModifiers())) {
        members.put(field.getName(), Modifier.toString(field.getModifiers()) + " " + field.getType().getName());
      }
    }
    return members.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
  }

  /** Defines one class from bytes and serves its statements resource. */
  private static final class OneClassLoader extends ClassLoader {
    private final String name;
    private final byte[] bytes;
    private final byte[] statements;

    OneClassLoader(String name, byte[] bytes, byte[] statements) {
      super(MigrationClassFileTest.class.getClassLoader());
      this.name = name;
      this.bytes = bytes;
      this.statements = statements;
    }

    @Override
    protected Class<?> findClass(String className) throws ClassNotFoundException {
      if (!className.equals(name)) {
        throw new ClassNotFoundException(className);
      }
      return defineClass(className, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String resource) {
      return resource.equals(name.substring(0, name.lastIndexOf('.')).replace('.', '/') + "/"
          + name.substring(name.lastIndexOf('.') + 1) + ".statements")
          ? new ByteArrayInputStream(statements) : super.getResourceAsStream(resource);
    }
  }
}
