package corpus.enrollment;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
public class Teacher extends Person {
  @NotNull @Size(max = 30) private String office;
}
