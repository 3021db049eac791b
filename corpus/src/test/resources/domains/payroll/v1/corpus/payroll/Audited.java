package corpus.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

@MappedSuperclass
public abstract class Audited {
  @Column(nullable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;
}
