package io.mopstudio.lab;

import java.util.Map;

/** An HTTP status and a body that Jackson turns into the JSON response. */
record LabReply(int status, Object body) {

    static LabReply ok(Object body) {
        return new LabReply(200, body);
    }

    static LabReply error(int status, String message) {
        return new LabReply(status, Map.of("error", message));
    }
}
