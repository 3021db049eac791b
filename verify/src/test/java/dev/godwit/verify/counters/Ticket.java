package dev.godwit.verify.counters;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Ticket {
  @Id
  @TableGenerator(name = "ticket_ids", initialValue = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_ids")
  private Long id;
}
