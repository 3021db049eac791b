package corpus.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

@Entity
@Comment("customers who open tickets")
@Check(name = "customer_credit_positive", constraints = "credit_limit >= 0")
public class Customer {
  @Id @GeneratedValue @UuidGenerator private UUID id;
  @NaturalId @Column(length = 120) private String email;
  @ColumnDefault("'standard'") @Column(length = 20) private String tier;
  @Comment("shown on invoices") private String displayName;
  @Column(precision = 12, scale = 2) private BigDecimal creditLimit;
  @Check(constraints = "seats > 0") private Integer seats;
  @JdbcTypeCode(SqlTypes.JSON) private Map<String, String> preferences;
  @CreationTimestamp private Instant createdAt;
  @UpdateTimestamp private Instant updatedAt;
  @Formula("upper(display_name)") private String shoutedName;

  // unidirectional one-to-many: the foreign key and the order column live in site
  @OneToMany @JoinColumn(name = "customer_id") @OrderColumn(name = "position") private List<Site> sites;

  // unidirectional, unordered: the foreign key in note
  @OneToMany @JoinColumn(name = "customer_id") private Set<Note> notes;

  // bidirectional map keyed by a property of the target
  @OneToMany(mappedBy = "customer") @MapKey(name = "number") private Map<String, Ticket> ticketsByNumber;
}
