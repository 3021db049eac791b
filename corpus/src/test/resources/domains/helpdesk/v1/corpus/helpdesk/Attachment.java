package corpus.helpdesk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

@Entity
public class Attachment {
  @Id @GeneratedValue private Long id;
  private String fileName;
  @Check(constraints = "size_bytes >= 0") private long sizeBytes;
}
