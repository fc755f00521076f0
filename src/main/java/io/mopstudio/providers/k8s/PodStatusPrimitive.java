package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code k8s.pod_status}: a pod's {@code phase}, {@code ready} condition, {@code node} and container {@code restarts}. */
public final class PodStatusPrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.pod_status";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("pod");
        Pod pod = client.pods().withName(name).get();
        if (pod == null) {
            return notFound("pod", name, where);
        }
        var status = pod.getStatus();
        boolean ready = status != null && status.getConditions() != null && status.getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
        long restarts = status == null || status.getContainerStatuses() == null ? 0 : status.getContainerStatuses()
                .stream().mapToLong(c -> c.getRestartCount() == null ? 0 : c.getRestartCount()).sum();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pod", name);
        out.put("phase", status == null || status.getPhase() == null ? "Unknown" : status.getPhase());
        out.put("ready", ready);
        out.put("node", pod.getSpec() == null || pod.getSpec().getNodeName() == null ? "" : pod.getSpec().getNodeName());
        out.put("restarts", restarts);
        return new PrimitiveResult(true, out, "pod " + name + " " + out.get("phase") + (ready ? ", ready" : ", not ready"),
                String.valueOf(out.get("phase")));
    }
}
