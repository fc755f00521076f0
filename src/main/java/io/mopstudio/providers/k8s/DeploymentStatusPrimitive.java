package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code k8s.deployment_status}: a deployment's replica counts ({@code replicas},
 * {@code ready_replicas}, {@code available_replicas}, {@code updated_replicas}) and
 * {@code rolled_out} (every replica updated and available for the latest generation).
 */
public final class DeploymentStatusPrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.deployment_status";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("deployment");
        Deployment deployment = client.apps().deployments().withName(name).get();
        if (deployment == null) {
            return notFound("deployment", name, where);
        }
        Map<String, Object> out = status(deployment);
        return new PrimitiveResult(true, out, "deployment " + name + ": " + out.get("available_replicas") + "/"
                + out.get("replicas") + " available (" + where + ")", out.get("available_replicas") + " available");
    }

    static Map<String, Object> status(Deployment deployment) {
        var spec = deployment.getSpec();
        var status = deployment.getStatus();
        long wanted = spec == null || spec.getReplicas() == null ? 1 : spec.getReplicas();
        long ready = status == null || status.getReadyReplicas() == null ? 0 : status.getReadyReplicas();
        long available = status == null || status.getAvailableReplicas() == null ? 0 : status.getAvailableReplicas();
        long updated = status == null || status.getUpdatedReplicas() == null ? 0 : status.getUpdatedReplicas();
        long observed = status == null || status.getObservedGeneration() == null ? 0 : status.getObservedGeneration();
        long generation = deployment.getMetadata().getGeneration() == null ? 0 : deployment.getMetadata().getGeneration();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deployment", deployment.getMetadata().getName());
        out.put("replicas", wanted);
        out.put("ready_replicas", ready);
        out.put("available_replicas", available);
        out.put("updated_replicas", updated);
        out.put("rolled_out", observed >= generation && updated == wanted && available == wanted);
        return out;
    }
}
