package corpus.enrollment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

@Entity
public class Course extends Catalogued {
  @Id @Size(max = 12) private String code;
  @NotEmpty private String title;
  @Length(max = 500) private String summary;
  @Max(10) private Integer credits;
  @Range(min = 1, max = 400) private int seats;
  @ManyToOne private Teacher teacher;
  // @Size on a collection sizes the collection, not its element column
  @ElementCollection @Size(max = 5) private List<String> tags;
  // not @Valid: the address's constraints do not reach these columns
  @Embedded @AttributeOverride(name = "street", column = @Column(name = "room_street"))
  @AttributeOverride(name = "city", column = @Column(name = "room_city"))
  @AttributeOverride(name = "zip", column = @Column(name = "room_zip"))
  private Address room;
  // @Valid without @NotNull: sizes apply, NOT NULL does not
  @Embedded @Valid @AttributeOverride(name = "street", column = @Column(name = "lab_street"))
  @AttributeOverride(name = "city", column = @Column(name = "lab_city"))
  @AttributeOverride(name = "zip", column = @Column(name = "lab_zip"))
  private Address lab;
}
