package corpus.blog;

import dev.godwit.Renamed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

@Entity
@Renamed(from = "PostComment")
public class Reply {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id", nullable = false)
  private Post post;

  @Column(nullable = false, length = 80)
  private String authorName;

  @Column(nullable = false, length = 4000)
  private String text;

  @Column(nullable = false)
  private Instant writtenAt;

  private Boolean approved;

  @ManyToOne
  private Reply parent;
}
