package corpus.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Member {
  @Id private Long id;
  private String name;
  /** The copies a member holds go with the member: @OnDelete on the mappedBy side. */
  @OneToMany(mappedBy = "holder") @OnDelete(action = OnDeleteAction.CASCADE) private Set<Copy> held;
}
