package corpus.payments;

public enum PayoutStatus {
  PENDING(10), SENT(20), FAILED(90);

  private final int code;

  PayoutStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static PayoutStatus of(int code) {
    for (PayoutStatus status : values()) {
      if (status.code == code) {
        return status;
      }
    }
    throw new IllegalArgumentException("no status " + code);
  }
}
