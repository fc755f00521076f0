package io.mopstudio.secrets;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Hands the listener a copy of each event with every secret value masked. Placed between the
 * engine and all listeners, so the audit, the command line and the window only ever see masked
 * events. Events are records; each text component (and text inside mappings and lists) is masked,
 * which also covers event types added later without a change here.
 */
public final class MaskingListener implements RunListener {

    private final RunListener delegate;
    private final SecretMasker masker;

    public MaskingListener(RunListener delegate, SecretMasker masker) {
        this.delegate = delegate;
        this.masker = masker;
    }

    /** {@code listener} itself when there is nothing to mask. */
    public static RunListener wrap(RunListener listener, Secrets secrets) {
        SecretMasker masker = secrets.masker();
        return masker.isEmpty() ? listener : new MaskingListener(listener, masker);
    }

    @Override
    public void onEvent(RunEvent event) {
        delegate.onEvent(masked(event));
    }

    RunEvent masked(RunEvent event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            throw new IllegalStateException("run events are records; " + event.getClass().getName() + " is not");
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = masker.maskValue(components[i].getAccessor().invoke(event));
            }
            Constructor<? extends RunEvent> canonical = event.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            // Never let an unmaskable event through: failing here stops the run, which the engine reports.
            throw new IllegalStateException("cannot mask secrets in a " + event.kind() + " event", e);
        }
    }
}
