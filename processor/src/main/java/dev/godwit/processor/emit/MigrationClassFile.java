package dev.godwit.processor.emit;

import dev.godwit.processor.emit.template.FlywayMigrationTemplate;
import dev.godwit.processor.emit.template.PlainMigrationTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The class file of one version's Java migration class, made without javac: the class compiled
 * from a template ({@link FlywayMigrationTemplate} or {@link PlainMigrationTemplate}) with its
 * constant pool rewritten: the template's name becomes the version's class name, and the
 * placeholders of the description, the statements resource and the transaction flag, and the
 * version number, become this version's. Written to the class output as a resource, it puts the
 * class of a version generated in this compilation on the class path without the extra javac
 * round a generated source file costs; the next build compiles the committed source instead.
 */
public final class MigrationClassFile {
  private static final int MAGIC = 0xCAFEBABE;
  private static final int VERSION_PLACEHOLDER = 0x7E57AB1E;

  private MigrationClassFile() {}

  /** The class file of {@code version} in {@code packageName}, extending Flyway's base class when {@code flyway}. */
  public static byte[] of(String packageName, JavaMigrationWriter.Version version, boolean flyway) {
    Class<?> template = flyway ? FlywayMigrationTemplate.class : PlainMigrationTemplate.class;
    String className = JavaMigrationWriter.className(version);
    Map<String, String> replacements = new LinkedHashMap<>();
    replacements.put(template.getName().replace('.', '/'),
        (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className);
    replacements.put(template.getSimpleName() + ".java", className + ".java");
    replacements.put("@godwit:description@", version.slug().replace('_', ' '));
    replacements.put("@godwit:resource@", StatementsResource.fileName(version));
    replacements.put("@godwit:transactional@", String.valueOf(version.transactional()));
    try (InputStream in = template.getResourceAsStream(template.getSimpleName() + ".class")) {
      if (in == null) {
        throw new IllegalStateException("the class template " + template.getName() + " is missing from Godwit's jar");
      }
      return rewrite(in.readAllBytes(), replacements, version.number());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies {@code classFile}, replacing in every UTF-8 constant each key of {@code replacements}
   * by its value, and the integer constant {@link #VERSION_PLACEHOLDER} by {@code version}. Only the
   * constant pool changes; every index into it stays valid, so the rest is copied as is.
   */
  static byte[] rewrite(byte[] classFile, Map<String, String> replacements, int version) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + 256);
    DataOutputStream out = new DataOutputStream(bytes);
    if (in.readInt() != MAGIC) {
      throw new IOException("not a class file");
    }
    out.writeInt(MAGIC);
    out.writeShort(in.readUnsignedShort()); // minor
    out.writeShort(in.readUnsignedShort()); // major
    int count = in.readUnsignedShort();
    out.writeShort(count);
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      out.writeByte(tag);
      switch (tag) {
        case 1 -> {
          String text = in.readUTF();
          for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            text = text.replace(replacement.getKey(), replacement.getValue());
          }
          out.writeUTF(text);
        }
        case 3 -> {
          int value = in.readInt();
          out.writeInt(value == VERSION_PLACEHOLDER ? version : value);
        }
        case 4, 9, 10, 11, 12, 17, 18 -> out.writeInt(in.readInt());
        case 5, 6 -> {
          out.writeLong(in.readLong());
          index++; // eight-byte constants take two entries
        }
        case 7, 8, 16, 19, 20 -> out.writeShort(in.readUnsignedShort());
        case 15 -> {
          out.writeByte(in.readUnsignedByte());
          out.writeShort(in.readUnsignedShort());
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + index);
      }
    }
    in.transferTo(out);
    out.flush();
    return bytes.toByteArray();
  }
}
