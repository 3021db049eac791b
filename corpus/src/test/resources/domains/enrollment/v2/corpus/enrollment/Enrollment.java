package corpus.enrollment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import dev.godwit.Backfill;
import java.time.LocalDate;

@Entity
public class Enrollment {
  @Id @GeneratedValue private Long id;
  @ManyToOne(optional = false) @JoinColumn(nullable = false) private Student student;
  @ManyToOne(optional = false) private Course course;
  @NotNull @Backfill("current_date") private LocalDate enrolledOn;
  @Size(max = 3) private String section;
  @Min(0) @Max(100) private Integer grade;
}
