package dev.godwit.verify.cascades;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An item goes with its shelf: Hibernate writes {@code on delete cascade} on the key. */
@Entity
public class Item {
  @Id
  private Long id;

  @ManyToOne
  @JoinColumn(foreignKey = @ForeignKey(name = "fk_item_shelf"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Shelf shelf;
}
