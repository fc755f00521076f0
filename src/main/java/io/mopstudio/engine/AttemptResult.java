package io.mopstudio.engine;

import java.util.Map;

/** How one attempt of a step ended. */
record AttemptResult(Kind kind, Map<String, Object> output, String message) {

    enum Kind { SUCCEEDED, FAILED, TIMED_OUT, CANCELLED }
}
