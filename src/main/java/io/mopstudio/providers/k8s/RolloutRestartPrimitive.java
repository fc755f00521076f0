package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;

/** {@code k8s.rollout_restart}: {@code kubectl rollout restart deployment NAME}: stamps the pod template so pods are replaced. */
public final class RolloutRestartPrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.rollout_restart";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("deployment");
        var resource = client.apps().deployments().withName(name);
        if (resource.get() == null) {
            return notFound("deployment", name, where);
        }
        // What kubectl rollout restart does, as a JSON merge patch: every API server accepts that patch type.
        String patch = "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{"
                + "\"kubectl.kubernetes.io/restartedAt\":\"" + Instant.now() + "\"}}}}}";
        Deployment restarted = resource.patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        long generation = restarted.getMetadata().getGeneration() == null ? 0 : restarted.getMetadata().getGeneration();
        return new PrimitiveResult(true, Map.of("deployment", name, "generation", generation),
                "deployment " + name + " restarting (" + where + ")", "restarting");
    }
}
