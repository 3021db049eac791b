package dev.godwit.processor;

import dev.godwit.processor.emit.JavaMigrationWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed Java form of each version: {@code V<n>__<slug>.java} in the package of
 * -Agodwit.package under -Agodwit.javaOutput, committed with the version's SQL files so that a
 * build that generates nothing also generates no source file (a generated source costs javac a
 * whole extra round over every class). Which committed files are missing or differ from what
 * Godwit writes for their version.
 */
final class JavaMigrationSources {
  private JavaMigrationSources() {}

  /** One version's Java source as Godwit writes it, and where it is committed. */
  record Source(JavaMigrationWriter.Version version, Path file, String text) {
    String className() {
      return JavaMigrationWriter.className(version);
    }
  }

  static Source of(Options options, JavaMigrationWriter.Version version, boolean flyway) {
    return new Source(version, options.javaFolder().resolve(JavaMigrationWriter.className(version) + ".java"),
        JavaMigrationWriter.source(options.javaPackage(), version, flyway));
  }

  /** The sources of {@code versions} whose committed file is missing or differs from what Godwit writes. */
  static List<Source> stale(Options options, List<JavaMigrationWriter.Version> versions, boolean flyway)
      throws IOException {
    List<Source> stale = new ArrayList<>();
    for (JavaMigrationWriter.Version version : versions) {
      Source source = of(options, version, flyway);
      String committed;
      try {
        committed = Files.readString(source.file(), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        committed = null;
      }
      if (!source.text().equals(committed)) {
        stale.add(source);
      }
    }
    return stale;
  }
}
