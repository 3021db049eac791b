package corpus.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(indexes = @Index(name = "idx_employee_name", columnList = "last_name, first_name"))
public class Employee extends Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_ids")
  @SequenceGenerator(name = "employee_ids", sequenceName = "employee_number_seq", initialValue = 1000, allocationSize = 10)
  private Long id;

  @Column(nullable = false, length = 60)
  private String firstName;

  @Column(nullable = false, length = 60)
  private String lastName;

  @Column(unique = true, length = 200)
  private String email;

  @Column(nullable = false)
  private LocalDate hiredOn;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal annualSalary;

  private LocalDate leftOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EmploymentType employmentType;

  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private Department department;

  @ManyToOne
  private Employee manager;
}
