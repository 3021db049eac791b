package corpus.payments;

/** An amount in cents, stored through the auto-applied CentsConverter. */
public record Cents(long value) {}
