package corpus.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDateTime;

@Entity
@Table(name = "BlogPost", uniqueConstraints = @UniqueConstraint(columnNames = {"author_id", "slug"}))
public class Post {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne(optional = false)
  private Author author;

  @Column(nullable = false, length = 120)
  private String slug;

  @Column(nullable = false, length = 200)
  private String title;

  @Lob
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PostStatus status;

  private LocalDateTime publishedAt;

  @Column(length = 300)
  private String legacyUrl;

  private int viewCount;
}
