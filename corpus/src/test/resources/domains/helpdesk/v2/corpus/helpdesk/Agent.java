package corpus.helpdesk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import java.util.Map;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.NaturalId;

@Entity
public class Agent {
  @Id private Long id;
  @NaturalId(mutable = true) private String login;
  private String team;
  @ColumnDefault("0") private int openTickets;

  // new: a unidirectional map keyed by a property of the child, its foreign key in attachment
  @OneToMany @JoinColumn(name = "agent_id") @MapKey(name = "fileName") private Map<String, Attachment> uploads;
}
