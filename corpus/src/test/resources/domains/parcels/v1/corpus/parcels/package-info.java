/** The domain's generators, declared once for every entity of the package. */
@SequenceGenerator(name = "parcel_numbers", sequenceName = "parcel_numbers", initialValue = 7, allocationSize = 20)
@TableGenerator(name = "crate_ids", table = "crate_ids", pkColumnName = "entity", valueColumnName = "next_id",
    allocationSize = 10)
package corpus.parcels;

import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
