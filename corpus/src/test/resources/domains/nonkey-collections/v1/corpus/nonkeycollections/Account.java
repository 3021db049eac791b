package corpus.nonkeycollections;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.List;

@Entity
public class Account {
  @Id private Long id;
  @Column(unique = true, nullable = false, length = 20) private String code;
  /** The collection table's key is the account's code (varchar(20), no foreign key). */
  @ElementCollection
  @CollectionTable(name = "account_alias", joinColumns = @JoinColumn(name = "account_code", referencedColumnName = "code"))
  private List<String> aliases;
}
