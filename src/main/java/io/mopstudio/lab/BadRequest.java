package io.mopstudio.lab;

/** A request body the lab cannot accept; the handlers turn it into a 400 reply. */
final class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message);
    }
}
