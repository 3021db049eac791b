package corpus.helpdesk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.NaturalId;

@Entity
public class Agent {
  @Id private Long id;
  @NaturalId(mutable = true) private String login;
  @NaturalId private String team;
  @ColumnDefault("0") private int openTickets;
}
