package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code k8s.node_status}: whether a node is {@code schedulable} (not cordoned) and {@code ready} (its Ready condition). */
public final class NodeStatusPrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.node_status";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("node");
        Node node = client.nodes().withName(name).get();
        if (node == null) {
            return notFound("node", name, where);
        }
        boolean schedulable = node.getSpec() == null || !Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        boolean ready = node.getStatus() != null && node.getStatus().getConditions() != null
                && node.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("node", name);
        out.put("schedulable", schedulable);
        out.put("ready", ready);
        return new PrimitiveResult(true, out, "node " + name + (schedulable ? " schedulable" : " cordoned")
                + (ready ? ", ready" : ", not ready"), schedulable ? "schedulable" : "cordoned");
    }
}
