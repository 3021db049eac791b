package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.emit.JavaMigrationWriter;
import dev.godwit.processor.emit.MigrationDirectory;
import dev.godwit.processor.emit.MigrationFile;
import dev.godwit.processor.emit.StatementsResource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.StandardLocation;

/**
 * Puts every committed migration on this build's classpath: the SQL files into the class output
 * (resources were copied before compilation, and the compiler plugin removes what an earlier
 * compilation generated) and the Java form of each version as a source file compiled now, with
 * its statements as a resource beside it.
 */
final class ClasspathPublisher {
  private final Options options;
  private final ProcessingEnvironment env;
  private final Reporter reporter;

  ClasspathPublisher(Options options, ProcessingEnvironment env, Reporter reporter) {
    this.options = options;
    this.env = env;
    this.reporter = reporter;
  }

  void publish(Map<String, MigrationDirectory> directories) {
    boolean flyway = env.getElementUtils().getTypeElement("org.flywaydb.core.api.migration.BaseJavaMigration") != null;
    List<JavaMigrationWriter.Version> versions = new ArrayList<>();
    MigrationDirectory first = directories.values().iterator().next();
    for (MigrationFile file : first.up().values()) {
      Map<String, List<String>> up = new TreeMap<>();
      Map<String, List<String>> down = new TreeMap<>();
      boolean transactional = true;
      try {
        for (Map.Entry<String, MigrationDirectory> directory : directories.entrySet()) {
          MigrationDirectory dir = directory.getValue();
          up.put(directory.getKey(), dir.statements(dir.up().get(file.version())));
          down.put(directory.getKey(), dir.statements(dir.down().get(file.version())));
          transactional &= !Files.exists(dir.folder().resolve(dir.up().get(file.version()).fileName() + ".conf"));
          copyToClassOutput(directory.getKey(), dir, dir.up().get(file.version()).fileName());
          copyToClassOutput(directory.getKey(), dir, dir.down().get(file.version()).fileName());
          for (MigrationFile script : List.of(dir.up().get(file.version()), dir.down().get(file.version()))) {
            if (Files.exists(dir.folder().resolve(script.fileName() + ".conf"))) {
              copyToClassOutput(directory.getKey(), dir, script.fileName() + ".conf");
            }
          }
        }
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot read migration V" + file.version() + ": " + e, null);
        return;
      }
      versions.add(new JavaMigrationWriter.Version(file.version(), file.slug(), up, down, transactional));
    }
    for (JavaMigrationWriter.Version version : versions) {
      String className = options.javaPackage() + "." + JavaMigrationWriter.className(version);
      try (Writer out = env.getFiler().createSourceFile(className).openWriter();
          OutputStream statements = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT,
              options.javaPackage(), StatementsResource.fileName(version)).openOutputStream()) {
        JavaMigrationWriter.write(options.javaPackage(), version, flyway).writeTo(out);
        statements.write(StatementsResource.encode(version));
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot write " + className + ": " + e, null);
      }
    }
  }

  private void copyToClassOutput(String dialect, MigrationDirectory directory, String fileName) throws IOException {
    if (options.classpathFolder().isEmpty()) {
      return;
    }
    String name = options.classpathFolder().get() + "/" + dialect + "/" + fileName;
    byte[] content = Files.readAllBytes(directory.folder().resolve(fileName));
    try (OutputStream out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name).openOutputStream()) {
      out.write(content);
    }
  }
}
