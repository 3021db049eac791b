package dev.godwit.verify.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shelf {
  @Id
  private Long id;
}
