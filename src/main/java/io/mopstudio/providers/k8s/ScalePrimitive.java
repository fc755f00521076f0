package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;

/** {@code k8s.scale}: sets a deployment's replicas; the output keeps the count before, for a rollback. */
public final class ScalePrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.scale";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("deployment");
        double replicas = reader.number("replicas", -1);
        if (replicas < 0 || replicas != Math.rint(replicas) || replicas > 10_000) {
            throw new PrimitiveException(name() + ": 'replicas' must be a whole number from 0 to 10000");
        }
        var resource = client.apps().deployments().withName(name);
        var before = resource.get();
        if (before == null) {
            return notFound("deployment", name, where);
        }
        Integer previous = before.getSpec().getReplicas();
        resource.scale((int) replicas);
        return new PrimitiveResult(true, Map.of("deployment", name, "replicas", (long) replicas,
                "previous_replicas", previous == null ? 1L : (long) previous),
                "deployment " + name + " scaled from " + previous + " to " + (long) replicas + " (" + where + ")",
                (long) replicas + " replicas");
    }
}
