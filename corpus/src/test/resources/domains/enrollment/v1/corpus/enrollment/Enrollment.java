package corpus.enrollment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

@Entity
public class Enrollment {
  @Id @GeneratedValue private Long id;
  @ManyToOne(optional = false) @JoinColumn(nullable = false) private Student student;
  @ManyToOne(optional = false) private Course course;
  private LocalDate enrolledOn;
  @Min(0) @Max(100) private Integer grade;
}
