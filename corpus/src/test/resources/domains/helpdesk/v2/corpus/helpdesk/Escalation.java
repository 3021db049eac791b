package corpus.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

@Entity
@Comment("hand-overs to a higher support level")
@Check(constraints = "level between 1 and 3")
public class Escalation {
  @Id @GeneratedValue @UuidGenerator(style = UuidGenerator.Style.TIME) private UUID id;
  @NaturalId @Column(length = 20) private String reference;
  @ColumnDefault("1") @Column(nullable = false) private int level;
  @JdbcTypeCode(SqlTypes.JSON) private Map<String, Object> context;
  @CreationTimestamp private Instant raisedAt;
}
