package corpus.fleet;

public enum FuelType {
  DIESEL, PETROL, ELECTRIC
}
