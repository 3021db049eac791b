package dev.godwit.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 200)
  private String email;

  @Column(nullable = false)
  private String name;

  private Instant createdAt;

  @Column(length = 30)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private LoyaltyTier loyaltyTier = LoyaltyTier.BRONZE;

  protected Customer() {}

  public Customer(String email, String name, Instant createdAt) {
    this.email = email;
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getEmail() { return email; }
  public String getName() { return name; }
  public Instant getCreatedAt() { return createdAt; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public LoyaltyTier getLoyaltyTier() { return loyaltyTier; }
  public void setLoyaltyTier(LoyaltyTier loyaltyTier) { this.loyaltyTier = loyaltyTier; }
}
