package dev.godwit.verify.schemas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(schema = "ledger")
@SequenceGenerator(name = "account_ids", sequenceName = "account_seq", schema = "ledger", allocationSize = 10)
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_ids")
  private Long id;

  @Column(nullable = false, length = 80, unique = true)
  private String holder;
}
