package dev.godwit.processor.emit;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of one version as a class-path resource next to its Java migration class, which
 * reads them when first used. Keeping them out of the class keeps that class small whatever the
 * migration's size: a class holding thousands of string constants exceeds the JVM's limits on
 * method size and constant pool, and javac would compile all of it again in every build.
 *
 * <p>Format ({@link java.io.DataOutputStream}): the number of sections, then per section the
 * direction ({@code up}/{@code down}) and dialect as modified UTF-8, the number of statements, and
 * each statement as a byte count followed by its UTF-8 bytes.
 */
public final class StatementsResource {
  private StatementsResource() {}

  /** The resource's file name, in the package of the class. */
  public static String fileName(JavaMigrationWriter.Version version) {
    return JavaMigrationWriter.className(version) + ".statements";
  }

  public static byte[] encode(JavaMigrationWriter.Version version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(version.up().size() + version.down().size());
      for (String direction : List.of("up", "down")) {
        Map<String, List<String>> byDialect = new TreeMap<>(direction.equals("up") ? version.up() : version.down());
        for (Map.Entry<String, List<String>> dialect : byDialect.entrySet()) {
          out.writeUTF(direction);
          out.writeUTF(dialect.getKey());
          out.writeInt(dialect.getValue().size());
          for (String statement : dialect.getValue()) {
            byte[] text = statement.getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The statements of one direction by dialect; the generated classes read the same way. */
  public static Map<String, List<String>> decode(InputStream resource, String direction) throws IOException {
    Map<String, List<String>> statements = new TreeMap<>();
    DataInputStream in = new DataInputStream(resource);
    for (int sections = in.readInt(); sections > 0; sections--) {
      boolean wanted = in.readUTF().equals(direction);
      String dialect = in.readUTF();
      List<String> list = new ArrayList<>();
      for (int count = in.readInt(); count > 0; count--) {
        list.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
      }
      if (wanted) {
        statements.put(dialect, List.copyOf(list));
      }
    }
    return statements;
  }
}
