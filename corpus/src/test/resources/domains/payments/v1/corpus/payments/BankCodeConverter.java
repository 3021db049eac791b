package corpus.payments;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A bank identified by its numeric routing code. */
@Converter
public class BankCodeConverter implements AttributeConverter<String, Integer> {
  @Override
  public Integer convertToDatabaseColumn(String value) {
    return value == null ? null : Integer.valueOf(value);
  }

  @Override
  public String convertToEntityAttribute(Integer value) {
    return value == null ? null : value.toString();
  }
}
