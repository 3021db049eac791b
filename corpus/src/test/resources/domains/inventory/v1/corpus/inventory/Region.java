package corpus.inventory;

public enum Region { NORTH, SOUTH }
