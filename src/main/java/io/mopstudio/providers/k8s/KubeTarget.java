package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The cluster a Kubernetes primitive talks to, the way kubectl finds it: the user's kubeconfig
 * ({@code kubeconfig}, else $KUBECONFIG or ~/.kube/config) and a {@code context} in it (else the
 * current one), with the user's own credentials from that file; and the {@code namespace}.
 */
record KubeTarget(String kubeconfig, String context, String namespace, Duration timeout) {

    static KubeTarget from(String primitive, ParamReader reader) throws PrimitiveException {
        return new KubeTarget(reader.text("kubeconfig", ""), reader.text("context", ""),
                reader.text("namespace", ""), reader.duration("timeout", Duration.ofSeconds(30)));
    }

    KubernetesClient connect(String primitive) throws PrimitiveException {
        Config config;
        String ctx = context.isBlank() ? null : context;
        if (kubeconfig.isBlank()) {
            config = Config.autoConfigure(ctx);
        } else {
            Path file = Path.of(kubeconfig.startsWith("~/")
                    ? System.getProperty("user.home") + kubeconfig.substring(1) : kubeconfig);
            try {
                config = Config.fromKubeconfig(ctx, Files.readString(file), file.toString());
            } catch (IOException e) {
                throw new PrimitiveException(primitive + ": cannot read kubeconfig " + file + ": " + e.getMessage());
            }
        }
        if (ctx != null && (config.getCurrentContext() == null || !ctx.equals(config.getCurrentContext().getName()))) {
            throw new PrimitiveException(primitive + ": the kubeconfig has no context '" + ctx + "'");
        }
        if (!namespace.isBlank()) {
            config.setNamespace(namespace);
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        config.setRequestTimeout(millis);
        config.setConnectionTimeout(Math.min(millis, 10_000));
        config.setRequestRetryBackoffLimit(0);
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    String where(KubernetesClient client) {
        return (context.isBlank() ? "current context" : "context " + context) + ", namespace " + client.getNamespace();
    }
}
