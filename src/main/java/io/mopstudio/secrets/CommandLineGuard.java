package io.mopstudio.secrets;

import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.Primitives;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a call that would put a secret on a process's command line, where every user of the
 * machine (and, over SSH, of the remote host) can read it with {@code ps}. Masking cannot help
 * there, so the call never happens; the message says where the secret should go instead.
 */
public final class CommandLineGuard implements Primitive {

    private final Primitive delegate;
    private final SecretMasker masker;

    private CommandLineGuard(Primitive delegate, SecretMasker masker) {
        this.delegate = delegate;
        this.masker = masker;
    }

    /** {@code primitives} with every command-line primitive guarded against {@code secrets}. */
    public static Primitives guard(Primitives primitives, Secrets secrets) {
        SecretMasker masker = secrets.masker();
        if (masker.isEmpty()) {
            return primitives;
        }
        return primitives.map(p -> p.commandLineParams().isEmpty() ? p : new CommandLineGuard(p, masker));
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Set<String> shellLineParams() {
        return delegate.shellLineParams();
    }

    @Override
    public Set<String> commandLineParams() {
        return delegate.commandLineParams();
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        for (String key : delegate.commandLineParams()) {
            Object value = params.get(key);
            if (value != null && !masker.maskValue(value).equals(value)) {
                throw new PrimitiveException(name() + ": '" + key + "' would put a secret on the command line,"
                        + " where anyone on the machine can read it; pass it on 'stdin' or in 'env' instead");
            }
        }
        return delegate.invoke(params);
    }
}
