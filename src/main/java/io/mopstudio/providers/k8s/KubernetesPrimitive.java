package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;

/**
 * A Kubernetes primitive: connects as {@link KubeTarget} says, carries out one operation, and
 * turns the API's refusals (not found, forbidden, unreachable) into failed results in the API
 * server's own words.
 */
abstract class KubernetesPrimitive implements Primitive {

    /** One operation on a connected client. */
    protected abstract PrimitiveResult act(KubernetesClient client, ParamReader reader, String where)
            throws PrimitiveException, InterruptedException;

    @Override
    public final PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        KubeTarget target = KubeTarget.from(name(), reader);
        try (KubernetesClient client = target.connect(name())) {
            return act(client, reader, target.where(client));
        } catch (KubernetesClientException e) {
            String reason = e.getStatus() != null && e.getStatus().getMessage() != null
                    ? e.getStatus().getMessage() : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return new PrimitiveResult(false, Map.of("error", reason, "code", (long) e.getCode()),
                    name() + " failed: " + reason, e.getCode() > 0 ? "HTTP " + e.getCode() : "error");
        }
    }

    static PrimitiveResult notFound(String kind, String name, String where) {
        return new PrimitiveResult(false, Map.of("error", "not found"), "no " + kind + " " + name + " (" + where + ")",
                "not found");
    }
}
