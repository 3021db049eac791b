package corpus.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_rate_day", columnNames = {"base_currency", "quote_currency", "rate_date"}))
public class ExchangeRate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 3)
  private String baseCurrency;

  @Column(nullable = false, length = 3)
  private String quoteCurrency;

  @Column(nullable = false)
  private LocalDate rateDate;

  @Column(nullable = false, precision = 18, scale = 8)
  private BigDecimal rate;
}
