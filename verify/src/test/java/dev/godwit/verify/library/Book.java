package dev.godwit.verify.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(indexes = @Index(name = "idx_book_title", columnList = "title"))
public class Book {
  @Id
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  @ManyToOne(optional = false)
  @JoinColumn(nullable = false)
  private Author author;
}
