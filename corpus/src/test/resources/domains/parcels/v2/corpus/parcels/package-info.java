/** v2 declares a second sequence on the package, for the new Label. */
@SequenceGenerator(name = "parcel_numbers", sequenceName = "parcel_numbers", initialValue = 7, allocationSize = 20)
@SequenceGenerator(name = "label_numbers", sequenceName = "label_numbers", allocationSize = 5)
@TableGenerator(name = "crate_ids", table = "crate_ids", pkColumnName = "entity", valueColumnName = "next_id",
    allocationSize = 10)
package corpus.parcels;

import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
