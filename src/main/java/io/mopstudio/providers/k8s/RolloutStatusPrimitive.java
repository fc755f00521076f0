package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.time.Duration;
import java.util.Map;

/**
 * {@code k8s.rollout_status}: {@code kubectl rollout status}: waits until every replica of the
 * deployment's latest generation is updated and available, or fails when {@code wait} runs out.
 */
public final class RolloutStatusPrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.rollout_status";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where)
            throws PrimitiveException, InterruptedException {
        String name = reader.requiredText("deployment");
        Duration wait = reader.duration("wait", Duration.ofMinutes(5));
        Duration poll = reader.duration("poll", Duration.ofSeconds(2));
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Deployment deployment = client.apps().deployments().withName(name).get();
            if (deployment == null) {
                return notFound("deployment", name, where);
            }
            Map<String, Object> status = DeploymentStatusPrimitive.status(deployment);
            if (Boolean.TRUE.equals(status.get("rolled_out"))) {
                return new PrimitiveResult(true, status, "deployment " + name + " rolled out (" + where + ")",
                        "rolled out");
            }
            if (System.nanoTime() >= deadline) {
                return new PrimitiveResult(false, status, "deployment " + name + " not rolled out after "
                        + wait.toSeconds() + " s: " + status.get("updated_replicas") + " updated, "
                        + status.get("available_replicas") + " available of " + status.get("replicas"), "not rolled out");
            }
            Thread.sleep(Math.max(1, poll.toMillis()));
        }
    }
}
