/** The typed records of the audit log: action, outcome, actor and entry (the log file itself is in audit/). */
package org.ecokiosk.model.audit;
