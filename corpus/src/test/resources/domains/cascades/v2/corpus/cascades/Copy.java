package corpus.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A physical copy of a book. Its keys take their delete actions from the mappedBy sides:
 * Member.held (CASCADE in v1 and v2) and Book.copies (added in v2 with CASCADE).
 */
@Entity
public class Copy {
  @Id private Long id;
  private String shelfMark;
  @ManyToOne(optional = false) private Book book;
  @ManyToOne private Member holder;
}
