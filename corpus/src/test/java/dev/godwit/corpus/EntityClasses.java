package dev.godwit.corpus;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The mapped classes (and @Converter classes, as an application's scan finds them) of one compiled version, in a class loader of their own (versions share class names). */
record EntityClasses(List<Class<?>> classes, ClassLoader loader) {

  static EntityClasses load(Path folder) {
    List<String> names;
    try (Stream<Path> walk = Files.walk(folder)) {
      names = walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> folder.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ClassLoader loader;
    try {
      loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, EntityClasses.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> mapped = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)
            || type.isAnnotationPresent(Embeddable.class) || type.isAnnotationPresent(Converter.class)) {
          mapped.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    if (mapped.isEmpty()) {
      throw new IllegalStateException("no entity classes in " + folder);
    }
    return new EntityClasses(List.copyOf(mapped), loader);
  }
}
