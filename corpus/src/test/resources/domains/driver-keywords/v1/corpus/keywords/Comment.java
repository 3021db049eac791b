package corpus.keywords;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A PostgreSQL driver keyword as table name ("comment"; also "text" and "version" columns), an ordinal enum on MySQL, a boxed @Version. */
@Entity
public class Comment {
  public enum Visibility { PUBLIC, MEMBERS, HIDDEN }

  @Id
  private Long id;

  @Column(nullable = false, length = 2000)
  private String text;

  @Enumerated
  private Visibility visibility;

  @ManyToOne
  private Event event;

  @Version
  private Integer version;
}
