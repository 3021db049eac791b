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
  @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) private Book book;
  @ManyToOne private Member member;
}
