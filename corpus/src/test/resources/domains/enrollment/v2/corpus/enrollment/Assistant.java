package corpus.enrollment;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New SINGLE_TABLE subclass in v2: its columns are added nullable, @NotBlank or not. */
@Entity
public class Assistant extends Person {
  @NotBlank @Size(max = 50) private String department;
  @Max(40) private Integer hoursPerWeek;
}
