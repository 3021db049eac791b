package dev.godwit.processor.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.SealHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @Test
  void aJournalWhoseLastFileArrivedKeepsEveryFile(@TempDir Path folder) throws Exception {
    Path journal = folder.resolve(".journal");
    Path first = folder.resolve("V2.sql");
    Path last = folder.resolve("snapshot.json");
    new AtomicWriter(journal).add(first, "create table a (id int);\n").add(last, "{\"version\": 2}\n").commit();
    String written = "file " + first.toAbsolutePath() + "\nfile " + last.toAbsolutePath() + "\nlast ";

    Files.writeString(journal, written + hashOfLast(folder, last));
    assertThat(AtomicWriter.recover(journal, List.of(folder))).hasValueSatisfying(done -> assertThat(done).contains("nothing was lost"));
    assertThat(first).exists();

    // a journal an older Godwit left names the last file by its SHA-256 checksum
    Files.writeString(journal, written + Checksum.of(Files.readString(last)) + "\n");
    assertThat(AtomicWriter.recover(journal, List.of(folder))).hasValueSatisfying(done -> assertThat(done).contains("nothing was lost"));
    assertThat(first).exists();
    assertThat(journal).doesNotExist();
  }

  @Test
  void aJournalWhoseLastFileDidNotArriveRemovesTheFilesMoved(@TempDir Path folder) throws Exception {
    Path journal = folder.resolve(".journal");
    Path first = folder.resolve("V2.sql");
    Path last = folder.resolve("snapshot.json");
    new AtomicWriter(journal).add(first, "create table a (id int);\n").add(last, "{\"version\": 2}\n").commit();
    String recorded = hashOfLast(folder, last);
    Files.writeString(last, "{\"version\": 1}\n", StandardCharsets.UTF_8);
    Files.writeString(journal, "file " + first.toAbsolutePath() + "\nfile " + last.toAbsolutePath() + "\nlast " + recorded);

    assertThat(AtomicWriter.recover(journal, List.of(folder))).hasValueSatisfying(done -> assertThat(done).contains("V2.sql"));
    assertThat(first).doesNotExist();
    assertThat(last).hasContent("{\"version\": 1}");
  }

  /** What the journal records of the last file: a {@link SealHash} of its bytes. */
  private static String hashOfLast(Path folder, Path last) throws Exception {
    byte[] bytes = Files.readAllBytes(last);
    return "crc32c-crc32:" + new SealHash().update(bytes, 0, bytes.length).hex() + "\n";
  }
}
