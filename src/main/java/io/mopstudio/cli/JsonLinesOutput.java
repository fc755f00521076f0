package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunEventJson;
import io.mopstudio.engine.event.RunListener;
import java.io.PrintWriter;

/**
 * {@code run --output jsonl}: every event, as the audit records it, one JSON object a line, flushed
 * at once so a tool reading the pipe follows the run live. The engine hands listeners events
 * whose secrets are already masked.
 */
final class JsonLinesOutput implements RunListener {

    private final RunEventJson json = new RunEventJson();
    private final PrintWriter out;

    JsonLinesOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEvent(RunEvent event) {
        try {
            out.println(json.writeTagged(event));
        } catch (JsonProcessingException e) {
            // Never silently drop an event from the stream: say which one could not be written.
            out.println("{\"kind\":\"unwritable_event\",\"seq\":" + event.seq() + ",\"of\":\"" + event.kind() + "\"}");
        }
        out.flush();
    }
}
