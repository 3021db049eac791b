package corpus.enrollment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A SINGLE_TABLE subclass: Hibernate never makes its columns NOT NULL, @NotNull or not. */
@Entity
public class Student extends Person {
  @NotNull private String matriculation;
  @Min(16) @Max(120) private Integer age;
  @Digits(integer = 1, fraction = 2) private BigDecimal gpa;
  // @Valid: the address's sizes apply; NOT NULL too, since the embedding is @NotNull as well
  @Embedded @Valid @NotNull private Address home;
}
