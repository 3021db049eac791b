package dev.godwit.processor.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.SealHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link AtomicWriter#recover} does with a journal an interrupted write left, written here by hand. */
class AtomicWriterTest {
  @TempDir
  Path folder;
  private Path journal;
  private Path first;
  private Path last;
  /** The journal's list of the two files, up to the record of the last one. */
  private String files;

  @BeforeEach
  void writeTwoFiles() throws Exception {
    journal = folder.resolve(".journal");
    first = folder.resolve("V2.sql");
    last = folder.resolve("snapshot.json");
    new AtomicWriter(journal).add(first, "create table a (id int);\n").add(last, "{\"version\": 2}\n").commit();
    files = "file " + first.toAbsolutePath() + "\nfile " + last.toAbsolutePath() + "\nlast ";
  }

  @Test
  void aJournalWhoseLastFileArrivedKeepsEveryFile() throws Exception {
    Files.writeString(journal, files + hashOfLast());
    assertThat(AtomicWriter.recover(journal, List.of(folder))).hasValueSatisfying(done -> assertThat(done).contains("nothing was lost"));
    assertThat(first).exists();

    // a journal an older Godwit left names the last file by its SHA-256 checksum
    Files.writeString(journal, files + Checksum.of(Files.readString(last)) + "\n");
    assertThat(AtomicWriter.recover(journal, List.of(folder))).hasValueSatisfying(done -> assertThat(done).contains("nothing was lost"));
    assertThat(first).exists();
    assertThat(journal).doesNotExist();
  }

  @Test
  void aJournalWhoseLastFileDidNotArriveRemovesTheFilesMoved() throws Exception {
    String recorded = hashOfLast();
    Files.writeString(last, "{\"version\": 1}\n");
    Files.writeString(journal, files + recorded);

    assertThat(AtomicWriter.recover(journal, List.of(folder))).hasValueSatisfying(done -> assertThat(done).contains("V2.sql"));
    assertThat(first).doesNotExist();
    assertThat(last).hasContent("{\"version\": 1}");
  }

  /** What the journal records of the last file: a {@link SealHash} of its bytes. */
  private String hashOfLast() throws Exception {
    byte[] bytes = Files.readAllBytes(last);
    return "crc32c-crc32:" + new SealHash().update(bytes, 0, bytes.length).hex() + "\n";
  }
}
