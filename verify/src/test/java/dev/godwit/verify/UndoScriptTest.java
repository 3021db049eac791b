package dev.godwit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoScriptTest {
  @TempDir
  Path folder;

  @Test
  void splitsAtSemicolonsEndingALineAndSkipsCommentLines() throws Exception {
    Path file = Files.writeString(folder.resolve("U2__x.sql"), """
        -- Godwit undo of V2
        --   drop column a; not a statement

        alter table t drop column a;

        update t
          set b = 'x;y';
        insert into t values ( 1 );
        """);
    assertThat(UndoScript.statements(file)).containsExactly(
        "alter table t drop column a", "update t\n  set b = 'x;y'", "insert into t values ( 1 )");
  }

  @Test
  void keepsDollarQuotedBodiesAndStepsWhole() throws Exception {
    Path file = Files.writeString(folder.resolve("U4__x.sql"), """
        set lock_timeout = '100ms';
        create or replace procedure pg_temp.godwit_retry(step text) language plpgsql as $godwit$
        begin
          execute step;
        end $godwit$;

        call pg_temp.godwit_retry($$alter table t drop column a$$);
        call pg_temp.godwit_retry($step$alter table t drop column x$$step$);
        call pg_temp.godwit_retry($step$alter table t alter column b set default 'x$$;
        y'$step$);
        """);
    assertThat(UndoScript.statements(file)).containsExactly("set lock_timeout = '100ms'",
        "create or replace procedure pg_temp.godwit_retry(step text) language plpgsql as $godwit$\nbegin\n  execute step;\nend $godwit$",
        "call pg_temp.godwit_retry($$alter table t drop column a$$)",
        "call pg_temp.godwit_retry($step$alter table t drop column x$$step$)",
        "call pg_temp.godwit_retry($step$alter table t alter column b set default 'x$$;\ny'$step$)");
  }

  @Test
  void rejectsATrailingStatementWithoutSemicolon() throws Exception {
    Path file = Files.writeString(folder.resolve("U3__x.sql"), "drop table t;\ndrop table u\n");
    assertThatThrownBy(() -> UndoScript.statements(file)).hasMessageContaining("drop table u");
  }
}
