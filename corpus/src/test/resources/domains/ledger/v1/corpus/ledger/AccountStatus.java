package corpus.ledger;

public enum AccountStatus { OPEN, FROZEN, CLOSED }
