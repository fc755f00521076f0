package io.mopstudio.ui.audit;

import io.mopstudio.audit.AuditEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One recorded event of the selected run: its place, its local time and its one-line description. */
public record AuditEventRow(long seq, String time, String description) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    public static AuditEventRow of(AuditEvent event) {
        return new AuditEventRow(event.seq(), TIME.format(event.time()), event.describe());
    }
}
