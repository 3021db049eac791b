package dev.godwit.sample.shop;

public enum LoyaltyTier {
  BRONZE,
  SILVER,
  GOLD
}
