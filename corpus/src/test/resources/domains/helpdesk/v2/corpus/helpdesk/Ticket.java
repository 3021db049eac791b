package corpus.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

@Entity
public class Ticket {
  @Id @GeneratedValue private Long id;
  @NaturalId @Column(length = 16) private String number;
  @ManyToOne(optional = false) private Customer customer;
  private Integer priority;
  @JdbcTypeCode(SqlTypes.UUID) private UUID trace;
  @JdbcTypeCode(SqlTypes.CHAR) @Column(length = 36) private String externalRef;
  @JdbcTypeCode(SqlTypes.JSON) private List<String> labels;

  // ordered unidirectional one-to-many, the default order column name (replies_order)
  @OneToMany @JoinColumn(name = "ticket_id") @OrderColumn private List<Reply> replies;

  // a map whose key is a column of the child table
  @OneToMany @JoinColumn(name = "ticket_id") @MapKeyColumn(name = "label", length = 40) private Map<String, Attachment> attachments;

  // new: ordered by a named order column in a new table
  @OneToMany @JoinColumn(name = "ticket_id") @OrderColumn(name = "step") private List<Escalation> escalations;

  // a many-to-many map keyed by the target's id (@MapKey without a name)
  @ManyToMany @MapKey private Map<Long, Agent> watchers;
}
