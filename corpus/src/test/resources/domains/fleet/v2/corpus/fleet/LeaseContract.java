package corpus.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class LeaseContract extends Contract {
  @Column(precision = 10, scale = 2)
  private BigDecimal monthly;
}
