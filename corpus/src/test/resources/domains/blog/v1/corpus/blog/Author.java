package corpus.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Author {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Column(nullable = false, unique = true, length = 50)
  private String handle;

  @Column(nullable = false)
  private String displayName;

  @Column(length = 1000)
  private String bio;

  @OneToMany(mappedBy = "author")
  private List<Post> posts;
}
