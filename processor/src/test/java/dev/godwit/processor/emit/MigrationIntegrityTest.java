package dev.godwit.processor.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.snapshot.Checksum;
import dev.godwit.processor.snapshot.RecordedMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway's {@code .sql.conf} beside a non-transactional script is a committed file like the
 * script: edited or deleted is GW505, and one an older snapshot does not record is recorded later,
 * not reported.
 */
class MigrationIntegrityTest {
  private static final String SCRIPT = "V2__index_item.sql";
  private static final String CONF = SCRIPT + ".conf";
  private static final String FLYWAY_CONF = "executeInTransaction=false\n";

  @TempDir Path dir;
  private Path folder;

  @BeforeEach
  void twoVersions() throws IOException {
    folder = Files.createDirectories(dir.resolve("postgresql"));
    for (String name : new String[] {"V1__create_item.sql", "U1__create_item.sql", SCRIPT, "U2__index_item.sql"}) {
      Files.writeString(folder.resolve(name), "-- " + name + "\nselect 1;\n");
    }
    Files.writeString(folder.resolve(CONF), FLYWAY_CONF);
  }

  private Map<String, String> scriptRecords() throws IOException {
    Map<String, String> records = new TreeMap<>();
    for (MigrationFile file : MigrationDirectory.scan(folder).all()) {
      records.put("postgresql/" + file.fileName(), Checksum.of(Files.readString(folder.resolve(file.fileName()))));
    }
    return records;
  }

  private MigrationIntegrity.Result check(Map<String, String> records, Set<Integer> accept) throws IOException {
    return MigrationIntegrity.check(new RecordedMigrations(records), Map.of("postgresql", MigrationDirectory.scan(folder)),
        accept);
  }

  private Map<String, String> allRecords() throws IOException {
    Map<String, String> records = scriptRecords();
    records.put("postgresql/" + CONF, Checksum.of(FLYWAY_CONF));
    return records;
  }

  @Test
  void aRecordedConfThatIsUnchangedPasses() throws IOException {
    Files.writeString(folder.resolve(CONF), "executeInTransaction=false\r\n\r\n");
    MigrationIntegrity.Result result = check(allRecords(), Set.of());
    assertThat(result.problems()).isEmpty();
    assertThat(result.unrecorded()).isEmpty();
  }

  @Test
  void anEditedConfIsGw505() throws IOException {
    Files.writeString(folder.resolve(CONF), "executeInTransaction=true\n");
    MigrationIntegrity.Result result = check(allRecords(), Set.of());
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.MIGRATION_EDITED);
      assertThat(p.message()).startsWith(folder.resolve(CONF) + " was edited").contains("-Agodwit.acceptEdits=2");
    });
  }

  @Test
  void anAcceptedEditOfAConfIsReturnedForRecording() throws IOException {
    Files.writeString(folder.resolve(CONF), "executeInTransaction=true\n");
    MigrationIntegrity.Result result = check(allRecords(), Set.of(2));
    assertThat(result.problems()).isEmpty();
    assertThat(result.accepted()).containsExactly(Map.entry("postgresql/" + CONF, Checksum.of("executeInTransaction=true\n")));
  }

  @Test
  void aDeletedConfIsGw505() throws IOException {
    Files.delete(folder.resolve(CONF));
    MigrationIntegrity.Result result = check(allRecords(), Set.of());
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.MIGRATION_EDITED);
      assertThat(p.message()).startsWith(folder.resolve(CONF) + " is missing");
    });
  }

  @Test
  void aConfWhoseScriptIsGoneLeavesTheReportToTheScript() throws IOException {
    Map<String, String> records = allRecords();
    Files.delete(folder.resolve(SCRIPT));
    Files.delete(folder.resolve(CONF));
    MigrationIntegrity.Result result = check(records, Set.of());
    assertThat(result.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith(folder.resolve(SCRIPT) + " is missing"));
  }

  @Test
  void aConfTheSnapshotDoesNotRecordYetIsReturnedAsUnrecordedNotAsAProblem() throws IOException {
    MigrationIntegrity.Result result = check(scriptRecords(), Set.of());
    assertThat(result.problems()).isEmpty();
    assertThat(result.unrecorded()).containsExactly(Map.entry("postgresql/" + CONF, Checksum.of(FLYWAY_CONF)));
  }

  @Test
  void aConfBesideAnUnrecordedScriptIsNotRecorded() throws IOException {
    MigrationIntegrity.Result result = check(Map.of(), Set.of());
    assertThat(result.problems()).isEmpty();
    assertThat(result.unrecorded()).isEmpty();
  }
}
