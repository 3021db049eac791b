package corpus.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Payment {
  @Id @GeneratedValue(strategy = GenerationType.TABLE)
  private Long id;

  private BigDecimal amount;

  @ManyToOne
  private Invoice invoice;
}
