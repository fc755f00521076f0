package io.mopstudio.lab;

/**
 * One mutating call a client made on a lab resource, so tests can assert which actions ran.
 * {@code time} is an ISO-8601 instant from the lab's clock; {@code status} is the HTTP status returned.
 */
record HistoryEntry(String time, String method, String path, int status) {
}
