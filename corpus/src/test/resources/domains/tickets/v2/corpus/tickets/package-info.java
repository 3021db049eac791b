@AllowDestructive(value = "waitlist", reason = "the waitlist moved to the mailing service")
package corpus.tickets;

import dev.godwit.AllowDestructive;
