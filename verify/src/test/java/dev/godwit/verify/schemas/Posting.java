package dev.godwit.verify.schemas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(schema = "ledger")
public class Posting {
  @Id
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private Account account;

  @Column(precision = 12, scale = 2)
  private BigDecimal amount;
}
