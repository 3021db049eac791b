package corpus.payroll;

import dev.godwit.Backfill;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Department extends Audited {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true, length = 10)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Backfill("'CC-000'")
  @Column(nullable = false, length = 12)
  private String costCenter;
}
