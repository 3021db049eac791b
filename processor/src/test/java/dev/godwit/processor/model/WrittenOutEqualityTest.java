package dev.godwit.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Records whose {@code equals} and {@code hashCode} are written out (to keep them off method
 * handles, see docs/benchmarks.md) must still compare every component, as a record's own do: for
 * each such record, two instances that differ in one component only are unequal, and equal
 * instances hash alike. A component added later and forgotten in {@code equals} fails here.
 */
class WrittenOutEqualityTest {

  @Test
  void everyWrittenOutEqualsComparesEveryComponent() throws Exception {
    List<Class<?>> records = writtenOut();
    assertTrue(records.size() >= 15, "found " + records);
    for (Class<?> type : records) {
      RecordComponent[] components = type.getRecordComponents();
      Object base = instance(type, -1);
      Object same = instance(type, -1);
      assertEquals(base, same, type.getName());
      assertEquals(base.hashCode(), same.hashCode(), type.getName());
      assertNotEquals(null, base, type.getName());
      assertNotEquals("other", base, type.getName());
      for (int i = 0; i < components.length; i++) {
        Object changed = instance(type, i);
        assertNotEquals(base, changed, type.getName() + " ignores " + components[i].getName());
        assertNotEquals(changed, base, type.getName() + " ignores " + components[i].getName());
      }
    }
  }

  @Test
  void findsTheRecordsOfEveryPackage() throws Exception {
    List<String> names = writtenOut().stream().map(Class::getSimpleName).toList();
    assertTrue(names.containsAll(List.of("Column", "Table", "MigrationFile", "AlterColumn")), names.toString());
    assertFalse(names.contains("Check"), "Check keeps the record's own equals: " + names);
  }

  /** Every record of the processor that declares {@code equals(Object)} itself. */
  private static List<Class<?>> writtenOut() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Column.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("dev/godwit/processor"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, Column.class.getClassLoader());
        if (type.isRecord() && declaresEquals(type)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  /** javac declares a record's own {@code equals} {@code final}; one written out is not. */
  private static boolean declaresEquals(Class<?> type) {
    try {
      return !Modifier.isFinal(type.getDeclaredMethod("equals", Object.class).getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** An instance of {@code type} from each component's first value, and its second for {@code changed}. */
  private static Object instance(Class<?> type, int changed) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getGenericType(), i == changed);
    }
    Constructor<?> constructor = type.getDeclaredConstructor(types);
    constructor.setAccessible(true);
    return constructor.newInstance(values);
  }

  private static Object value(Type type, boolean second) throws ReflectiveOperationException {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type element = parameterized.getActualTypeArguments()[0];
      if (raw == List.class) {
        return second ? List.of(value(element, false)) : List.of();
      }
      if (raw == Optional.class) {
        return second ? Optional.of(value(element, false)) : Optional.empty();
      }
      throw new AssertionError("no values for " + type);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return second ? "b" : "a";
    }
    if (raw == int.class) {
      return second ? 2 : 1;
    }
    if (raw == long.class) {
      return second ? 2L : 1L;
    }
    if (raw == boolean.class) {
      return second;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[second ? 1 : 0];
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      return instance(raw, second ? components.length - 1 : -1);
    }
    throw new AssertionError("no values for " + type);
  }
}
