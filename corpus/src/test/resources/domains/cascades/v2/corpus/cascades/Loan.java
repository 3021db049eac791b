package corpus.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Loan {
  @Id private Long id;
  private LocalDate due;
  /** v2: a loan goes with its book (was set null). */
  @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) private Book book;
  /** v2: a member with loans cannot be deleted, checked at once (was the default no action). */
  @ManyToOne @OnDelete(action = OnDeleteAction.RESTRICT) private Member member;
}
