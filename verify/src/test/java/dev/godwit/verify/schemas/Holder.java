package dev.godwit.verify.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** In the default schema, with a key into the ledger schema. */
@Entity
public class Holder {
  @Id
  private Long id;

  @ManyToOne
  private Account account;
}
