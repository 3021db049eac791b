package corpus.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.hibernate.annotations.CreationTimestamp;

@Entity
public class Note {
  @Id @GeneratedValue private Long id;
  @Column(length = 2000) private String body;
  @CreationTimestamp private LocalDateTime writtenAt;
}
