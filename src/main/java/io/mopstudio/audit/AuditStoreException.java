package io.mopstudio.audit;

/**
 * The audit store could not open, read or record. The message is written for the person at the
 * keyboard (it names the file and what is wrong with it); the JDBC cause is kept only for logs.
 */
public final class AuditStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditStoreException(String message) {
        super(message);
    }

    public AuditStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
