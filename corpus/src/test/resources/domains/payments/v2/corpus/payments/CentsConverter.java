package corpus.payments;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Every Cents attribute is a bigint, map keys and collection values included. */
@Converter(autoApply = true)
public class CentsConverter implements AttributeConverter<Cents, Long> {
  @Override
  public Long convertToDatabaseColumn(Cents value) {
    return value == null ? null : value.value();
  }

  @Override
  public Cents convertToEntityAttribute(Long value) {
    return value == null ? null : new Cents(value);
  }
}
