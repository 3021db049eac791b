package corpus.cascades;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** New in v2: a table whose keys are created with their actions. */
@Entity
public class Review {
  @Id @GeneratedValue private Long id;
  @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) private Book book;
  @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) private Member author;
  @ElementCollection @OrderColumn @OnDelete(action = OnDeleteAction.CASCADE) private List<String> quotes;
}
