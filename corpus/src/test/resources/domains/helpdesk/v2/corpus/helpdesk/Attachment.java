package corpus.helpdesk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

@Entity
public class Attachment {
  @Id @GeneratedValue private Long id;
  private String fileName;
  @Check(constraints = "size_bytes between 0 and 104857600") private long sizeBytes;
}
