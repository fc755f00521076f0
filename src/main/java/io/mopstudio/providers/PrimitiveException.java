package io.mopstudio.providers;

/** A primitive was called with parameters it cannot use; the message says which and why. */
public final class PrimitiveException extends Exception {

    public PrimitiveException(String message) {
        super(message);
    }
}
