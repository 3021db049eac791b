package corpus.enrollment;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@MappedSuperclass
public abstract class Catalogued {
  @NotNull @Size(max = 20) private String term;
  @Digits(integer = 5, fraction = 2) private BigDecimal fee;
}
