package io.mopstudio.yaml.edit;

/** An edit that cannot be made to this file, with a plain reason (a path that names nothing, an id taken). */
public final class EditException extends Exception {

    public EditException(String message) {
        super(message);
    }
}
