package dev.godwit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar's part of the processor's code hash comes from its directory: a content change shows, a rebuild of the same content does not. */
class ProcessorCodeTest {
  @TempDir
  Path folder;

  private Path jar(String name, Map<String, String> files, long time) throws Exception {
    Path jar = folder.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (Map.Entry<String, String> entry : new java.util.TreeMap<>(files).entrySet()) {
        ZipEntry zipEntry = new ZipEntry(entry.getKey());
        zipEntry.setLastModifiedTime(FileTime.fromMillis(time));
        zip.putNextEntry(zipEntry);
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void aJarIsDescribedByItsFilesNotByWhenItWasBuilt() throws Exception {
    Map<String, String> code = Map.of("dev/godwit/A.class", "code of A", "dev/godwit/B.class", "code of B",
        "META-INF/MANIFEST.MF", "Build-Time: 1");
    String first = ProcessorCode.jar(jar("first.jar", code, 1_000_000L));
    Map<String, String> rebuilt = new java.util.HashMap<>(code);
    rebuilt.put("META-INF/MANIFEST.MF", "Build-Time: 2");
    assertThat(ProcessorCode.jar(jar("rebuilt.jar", rebuilt, 9_000_000L))).isEqualTo(first);

    Map<String, String> changed = new java.util.HashMap<>(code);
    changed.put("dev/godwit/B.class", "code of C");
    assertThat(ProcessorCode.jar(jar("changed.jar", changed, 1_000_000L))).isNotEqualTo(first);
    Map<String, String> added = new java.util.HashMap<>(code);
    added.put("dev/godwit/C.class", "");
    assertThat(ProcessorCode.jar(jar("added.jar", added, 1_000_000L))).isNotEqualTo(first);
    assertThat(first).contains("dev/godwit/A.class 9 ").doesNotContain("META-INF");
  }

  @Test
  void theRunningProcessorHasACodeHash() {
    assertThat(ProcessorCode.hash()).hasValueSatisfying(hash -> assertThat(hash).hasSize(16));
  }
}
