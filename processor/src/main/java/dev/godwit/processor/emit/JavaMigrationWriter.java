package dev.godwit.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The Java form of one migration version: a class named like Flyway's Java migrations
 * ({@code V2__add_customer_email}) that gives the up and down statements of every dialect, read from
 * the {@link StatementsResource} written next to it, and runs those of the connected database. When Flyway is on the compile classpath it extends
 * {@code BaseJavaMigration}, so Flyway can run it from a location of its own.
 */
public final class JavaMigrationWriter {
  private static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
  private static final ClassName STATEMENT = ClassName.get("java.sql", "Statement");
  private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
  private static final ClassName LOCALE = ClassName.get("java.util", "Locale");
  private static final TypeName STATEMENTS = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), ParameterizedTypeName.get(List.class, String.class));
  private static final ClassName BASE_JAVA_MIGRATION = ClassName.get("org.flywaydb.core.api.migration", "BaseJavaMigration");
  private static final ClassName CONTEXT = ClassName.get("org.flywaydb.core.api.migration", "Context");

  /**
   * Statements of one version, per dialect name, in file order; {@code transactional} is false when
   * a dialect's script must run outside a transaction (its steps commit on their own).
   */
  public record Version(int number, String slug, Map<String, List<String>> up, Map<String, List<String>> down,
      boolean transactional) {}

  private JavaMigrationWriter() {}

  public static String className(Version version) {
    return "V" + version.number() + "__" + version.slug();
  }

  public static JavaFile write(String packageName, Version version, boolean flyway) {
    TypeSpec.Builder type = TypeSpec.classBuilder(className(version))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "dev.godwit.processor.GodwitProcessor").build())
        .addJavadoc("Godwit migration V$L ($L): the same statements as the committed SQL files of this version,\n"
            + "for every dialect. Flyway runs the SQL files or this class, never both: keep them in separate\n"
            + "locations.\n", version.number(), version.slug())
        .addField(FieldSpec.builder(int.class, "VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", version.number()).build())
        .addField(FieldSpec.builder(String.class, "DESCRIPTION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", version.slug().replace('_', ' ')).build())
        .addField(FieldSpec.builder(STATEMENTS, "UP", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("load($S)", "up").build())
        .addField(FieldSpec.builder(STATEMENTS, "DOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("load($S)", "down").build())
        .addMethod(MethodSpec.methodBuilder("up")
            .addJavadoc("The statements that apply this version on {@code dialect} ($L).\n", String.join(", ", version.up().keySet()))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addParameter(String.class, "dialect")
            .addStatement("return select(UP, dialect)").build())
        .addMethod(MethodSpec.methodBuilder("down")
            .addJavadoc("The statements that undo this version on {@code dialect}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addParameter(String.class, "dialect")
            .addStatement("return select(DOWN, dialect)").build())
        .addMethod(MethodSpec.methodBuilder("apply")
            .addJavadoc("Runs this version's up statements on {@code connection}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(CONNECTION, "connection")
            .addException(SQL_EXCEPTION)
            .addStatement("run(connection, up(dialectOf(connection)))").build())
        .addField(FieldSpec.builder(boolean.class, "TRANSACTIONAL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Whether this version may run inside one transaction; if not, each statement commits on its own.\n")
            .initializer("$L", version.transactional()).build())
        .addMethod(MethodSpec.methodBuilder("undo")
            .addJavadoc("Runs this version's down statements on {@code connection}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(CONNECTION, "connection")
            .addException(SQL_EXCEPTION)
            .addStatement("run(connection, down(dialectOf(connection)))").build())
        .addMethod(MethodSpec.methodBuilder("dialectOf")
            .addJavadoc("The Godwit dialect of a connection: {@code postgresql}, {@code mysql} (MySQL and MariaDB) or {@code h2}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addParameter(CONNECTION, "connection")
            .addException(SQL_EXCEPTION)
            .addStatement("String product = connection.getMetaData().getDatabaseProductName().toLowerCase($T.ROOT)", LOCALE)
            .beginControlFlow("if (product.contains($S))", "postgres").addStatement("return $S", "postgresql").endControlFlow()
            .beginControlFlow("if (product.contains($S) || product.contains($S))", "mysql", "mariadb").addStatement("return $S", "mysql").endControlFlow()
            .beginControlFlow("if (product.contains($S))", "h2").addStatement("return $S", "h2").endControlFlow()
            .addStatement("throw new $T($S + product)", SQL_EXCEPTION, "Godwit generated no migration for database ")
            .build())
        .addMethod(load(className(version), StatementsResource.fileName(version)))
        .addMethod(MethodSpec.methodBuilder("select")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addParameter(STATEMENTS, "statements")
            .addParameter(String.class, "dialect")
            .addStatement("$T<String> selected = statements.get(dialect)", List.class)
            .beginControlFlow("if (selected == null)")
            .addStatement("throw new $T($S + dialect + $S + statements.keySet())", IllegalArgumentException.class,
                "no statements for dialect ", "; generated for ")
            .endControlFlow()
            .addStatement("return selected").build())
        .addMethod(MethodSpec.methodBuilder("run")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(CONNECTION, "connection")
            .addParameter(ParameterizedTypeName.get(List.class, String.class), "statements")
            .addException(SQL_EXCEPTION)
            .addStatement("boolean autoCommit = connection.getAutoCommit()")
            .beginControlFlow("if (!TRANSACTIONAL && !autoCommit)")
            .addStatement("connection.setAutoCommit(true)")
            .endControlFlow()
            .beginControlFlow("try ($T statement = connection.createStatement())", STATEMENT)
            .beginControlFlow("for (String sql : statements)")
            .addStatement("statement.execute(sql)")
            .endControlFlow()
            .nextControlFlow("finally")
            .addStatement("connection.setAutoCommit(autoCommit)")
            .endControlFlow().build());
    if (flyway) {
      type.superclass(BASE_JAVA_MIGRATION)
          .addMethod(MethodSpec.methodBuilder("migrate")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(CONTEXT, "context")
              .addException(Exception.class)
              .addStatement("apply(context.getConnection())").build())
          .addMethod(MethodSpec.methodBuilder("canExecuteInTransaction")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(boolean.class)
              .addStatement("return TRANSACTIONAL").build());
    } else {
      type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).indent("  ")
        .addFileComment("Generated by Godwit with the SQL files of migration V$L. Commit it with them; do not edit.",
            version.number())
        .build();
  }

  /** The source text of {@link #write}, as committed in the project's Java source folder. */
  public static String source(String packageName, Version version, boolean flyway) {
    return write(packageName, version, flyway).toString();
  }

  /** Reads one direction's statements from the resource next to the class, as {@link StatementsResource#decode}. */
  private static MethodSpec load(String className, String resource) {
    ClassName self = ClassName.get("", className);
    return MethodSpec.methodBuilder("load")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STATEMENTS)
        .addParameter(String.class, "direction")
        .addStatement("$T resource = $T.class.getResourceAsStream($S)", InputStream.class, self, resource)
        .beginControlFlow("if (resource == null)")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "the resource " + resource + " written with this class is missing from the class path")
        .endControlFlow()
        .addStatement("$T<String, List<String>> statements = new $T<>()", Map.class, TreeMap.class)
        .beginControlFlow("try ($T in = new $T(new $T(resource)))", DataInputStream.class, DataInputStream.class,
            BufferedInputStream.class)
        .beginControlFlow("for (int sections = in.readInt(); sections > 0; sections--)")
        .addStatement("boolean wanted = in.readUTF().equals(direction)")
        .addStatement("String dialect = in.readUTF()")
        .addStatement("$T<String> list = new $T<>()", List.class, ArrayList.class)
        .beginControlFlow("for (int count = in.readInt(); count > 0; count--)")
        .addStatement("list.add(new String(in.readNBytes(in.readInt()), $T.UTF_8))", StandardCharsets.class)
        .endControlFlow()
        .beginControlFlow("if (wanted)")
        .addStatement("statements.put(dialect, List.copyOf(list))")
        .endControlFlow()
        .endControlFlow()
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T(e)", UncheckedIOException.class)
        .endControlFlow()
        .addStatement("return Map.copyOf(statements)")
        .build();
  }
}
