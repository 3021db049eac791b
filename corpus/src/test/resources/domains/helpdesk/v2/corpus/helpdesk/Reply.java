package corpus.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@Entity
public class Reply {
  @Id @GeneratedValue private Long id;
  @Column(length = 4000) private String body;
  @CreationTimestamp @Comment("when the reply was first posted") private OffsetDateTime postedAt;
  @UpdateTimestamp private OffsetDateTime editedAt;
}
