package corpus.payments;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A status as its numeric code, not its ordinal. */
@Converter
public class StatusCodeConverter implements AttributeConverter<PayoutStatus, Integer> {
  @Override
  public Integer convertToDatabaseColumn(PayoutStatus value) {
    return value == null ? null : value.code();
  }

  @Override
  public PayoutStatus convertToEntityAttribute(Integer value) {
    return value == null ? null : PayoutStatus.of(value);
  }
}
