package dev.godwit.processor.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpansionKeysTest {

  @Test
  void theInterimNameKeepsTheQuotingAndIsNoHibernateName() {
    assertThat(ExpansionKeys.interimName("uk_customer_mail")).isEqualTo("gwx_uk_customer_mail");
    assertThat(ExpansionKeys.interimName("`Order Index`")).isEqualTo("`gwx_Order Index`");
    assertThat(ExpansionKeys.interim(new UniqueKey("UK1abc", List.of("mail"), true)))
        .isEqualTo(new UniqueKey("gwx_UK1abc", List.of("mail"), false));
    assertThat(ExpansionKeys.interim(new Index("idx", List.of("mail desc"), true)))
        .isEqualTo(new Index("gwx_idx", List.of("mail desc"), true));
  }

  @Test
  void aLongNameIsCutToPostgresLimitWithAHashOfTheWholeName() {
    String long1 = "idx_" + "a".repeat(58) + "_one";
    String long2 = "idx_" + "a".repeat(58) + "_two";
    String interim1 = ExpansionKeys.interimName(long1);
    assertThat(interim1).hasSize(63).startsWith("gwx_idx_aaa");
    assertThat(ExpansionKeys.interimName(long2)).hasSize(63).isNotEqualTo(interim1);
    assertThat(ExpansionKeys.interimName(long1)).as("deterministic").isEqualTo(interim1);
    assertThat(ExpansionKeys.interimName("i" + "é".repeat(40)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .as("cut by bytes, not inside a character").hasSizeLessThanOrEqualTo(63);
  }

  /** The verify module accepts a pending contract's keys under their interim names: its copy of the rule agrees. */
  @Test
  void theVerifyModuleComputesTheSameInterimNames() throws Exception {
    java.lang.reflect.Method verify = Class.forName("dev.godwit.verify.PendingKeys").getDeclaredMethod("interimName", String.class);
    verify.setAccessible(true);
    for (String name : List.of("uk_customer_mail", "idx_" + "a".repeat(58) + "_one", "i" + "é".repeat(40), "UK1abc")) {
      assertThat(verify.invoke(null, name)).as(name).isEqualTo(ExpansionKeys.interimName(name));
    }
  }
}
