package corpus.nonkeycollections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Account {
  @Id private Long id;
  @Column(unique = true, nullable = false, length = 20) private String code;
  /** The collection table's key is the account's code (varchar(20), no foreign key). */
  @ElementCollection
  @CollectionTable(name = "account_alias", joinColumns = @JoinColumn(name = "account_code", referencedColumnName = "code"))
  private List<String> aliases;
  /** v2: a join table whose element column is a badge's code: the key to account stays, none to badge. */
  @ManyToMany
  @JoinTable(name = "account_badge", inverseJoinColumns = @JoinColumn(name = "badge_code", referencedColumnName = "code"))
  private Set<Badge> badges;
  /** v2: the child's key, a nullable account_code added to the existing entry table. */
  @OneToMany @JoinColumn(name = "account_code", referencedColumnName = "code") private Set<Entry> entries;
  /** v2: a map keyed by a badge's code, part of the collection table's primary key. */
  @ElementCollection @CollectionTable(name = "account_limit")
  @MapKeyJoinColumn(name = "badge_code", referencedColumnName = "code")
  private Map<Badge, Integer> limits;
}
