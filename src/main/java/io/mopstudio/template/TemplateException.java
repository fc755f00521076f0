package io.mopstudio.template;

/** A template that cannot be rendered; {@code variable} is the path as written, e.g. {@code incident.host}. */
public final class TemplateException extends Exception {

    private final String variable;

    public TemplateException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
