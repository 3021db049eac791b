package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.emit.JavaMigrationWriter;
import dev.godwit.processor.emit.MigrationDirectory;
import dev.godwit.processor.emit.MigrationClassFile;
import dev.godwit.processor.emit.MigrationFile;
import dev.godwit.processor.emit.StatementsResource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.StandardLocation;

/**
 * Puts every committed migration on this build's classpath: the SQL files into the class output
 * (resources were copied before compilation, and the compiler plugin removes what an earlier
 * compilation generated) and the statements resource of each version's Java class beside it. The
 * classes themselves are compiled from their committed sources ({@link JavaMigrationSources});
 * only a class whose source was written during this compilation is added here.
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

  /** Whether the generated classes extend Flyway's {@code BaseJavaMigration}: Flyway is on the compile classpath. */
  boolean flyway() {
    return ClasspathTypes.find(env.getElementUtils(), "org.flywaydb.core.api.migration.BaseJavaMigration") != null;
  }

  /**
   * The statements of every committed version from {@code fromVersion} on, read from the dialect
   * folders; empty when an error was reported.
   */
  Optional<List<JavaMigrationWriter.Version>> read(Map<String, MigrationDirectory> directories, int fromVersion) {
    List<JavaMigrationWriter.Version> versions = new ArrayList<>();
    MigrationDirectory first = directories.values().iterator().next();
    for (MigrationFile file : first.up().values()) {
      if (file.version() < fromVersion) {
        continue;
      }
      Map<String, List<String>> up = new TreeMap<>();
      Map<String, List<String>> down = new TreeMap<>();
      boolean transactional = true;
      try {
        for (Map.Entry<String, MigrationDirectory> directory : directories.entrySet()) {
          MigrationDirectory dir = directory.getValue();
          up.put(directory.getKey(), dir.statements(dir.up().get(file.version())));
          down.put(directory.getKey(), dir.statements(dir.down().get(file.version())));
          for (MigrationFile script : List.of(dir.up().get(file.version()), dir.down().get(file.version()))) {
            transactional &= dir.conf(script).isEmpty();
          }
        }
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot read migration V" + file.version() + ": " + e, null);
        return Optional.empty();
      }
      versions.add(new JavaMigrationWriter.Version(file.version(), file.slug(), up, down, transactional));
    }
    return Optional.of(versions);
  }

  /**
   * Writes every file of {@code directories} and the statements resource of every version to the
   * class output, and the classes of the versions numbered in {@code written}, whose source this
   * compilation wrote (so it does not compile them).
   */
  void publish(Map<String, MigrationDirectory> directories, List<JavaMigrationWriter.Version> versions,
      Set<Integer> written, boolean flyway) {
    try {
      for (Map.Entry<String, MigrationDirectory> directory : directories.entrySet()) {
        MigrationDirectory dir = directory.getValue();
        for (Map<Integer, MigrationFile> files : List.of(dir.up(), dir.down())) {
          for (MigrationFile script : files.values()) {
            copyToClassOutput(directory.getKey(), dir.folder().resolve(script.fileName()));
            Optional<Path> conf = dir.conf(script);
            if (conf.isPresent()) {
              copyToClassOutput(directory.getKey(), conf.get());
            }
          }
        }
      }
    } catch (IOException e) {
      reporter.error(Code.WRITE_FAILED, "cannot copy the migrations to the class output: " + e, null);
      return;
    }
    for (JavaMigrationWriter.Version version : versions) {
      try (OutputStream statements = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT,
              options.javaPackage(), StatementsResource.fileName(version)).openOutputStream()) {
        statements.write(StatementsResource.encode(version));
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot write " + StatementsResource.fileName(version) + ": " + e, null);
      }
    }
    for (JavaMigrationWriter.Version version : versions) {
      if (!written.contains(version.number())) {
        continue;
      }
      String className = options.javaPackage() + "." + JavaMigrationWriter.className(version);
      if (ClasspathTypes.find(env.getElementUtils(), className) != null) {
        continue; // compiled in this compilation (an older form of it): the next build compiles the new source
      }
      // the class file itself, as a resource: a generated source would cost a javac round over every class
      try (OutputStream out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, options.javaPackage(),
          JavaMigrationWriter.className(version) + ".class").openOutputStream()) {
        out.write(MigrationClassFile.of(options.javaPackage(), version, flyway));
      } catch (IOException e) {
        reporter.error(Code.WRITE_FAILED, "cannot write the class " + className + ": " + e, null);
      }
    }
  }

  private void copyToClassOutput(String dialect, Path file) throws IOException {
    if (options.classpathFolder().isEmpty()) {
      return;
    }
    String name = options.classpathFolder().get() + "/" + dialect + "/" + file.getFileName();
    byte[] content = Files.readAllBytes(file);
    try (OutputStream out = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", name).openOutputStream()) {
      out.write(content);
    }
  }
}
