package corpus.cascades;

import jakarta.persistence.Entity;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** v2: its row goes with its media row. */
@Entity
@OnDelete(action = OnDeleteAction.CASCADE)
public class Audiobook extends Media {
  private int minutes;
}
