package corpus.cascades;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Book {
  @Id private Long id;
  private String title;
  @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.CASCADE) private Publisher publisher;
  /** v2: the keywords go with their book. */
  @ElementCollection @OnDelete(action = OnDeleteAction.CASCADE) private Set<String> keywords;
  @ManyToMany @OnDelete(action = OnDeleteAction.CASCADE) private Set<Tag> tags;
  @OneToMany @JoinColumn(name = "book_id") @OnDelete(action = OnDeleteAction.CASCADE) private List<Chapter> chapters;
  /** v2: the copies go with their book (@OnDelete on the mappedBy side; Copy.book had no action). */
  @OneToMany(mappedBy = "book") @OnDelete(action = OnDeleteAction.CASCADE) private Set<Copy> copies;
}
