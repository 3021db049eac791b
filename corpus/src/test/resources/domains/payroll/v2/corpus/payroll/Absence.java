package corpus.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Absence extends Audited {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Employee employee;

  @Column(nullable = false)
  private LocalDate firstDay;

  @Column(nullable = false)
  private LocalDate lastDay;

  @Column(length = 30)
  private String reason;

  private boolean paid;
}
