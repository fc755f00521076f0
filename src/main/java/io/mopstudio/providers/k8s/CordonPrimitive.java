package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;

/** {@code k8s.cordon} and {@code k8s.uncordon}: mark a node unschedulable, or schedulable again. */
public final class CordonPrimitive extends KubernetesPrimitive {

    private final boolean cordon;

    private CordonPrimitive(boolean cordon) {
        this.cordon = cordon;
    }

    public static CordonPrimitive cordon() {
        return new CordonPrimitive(true);
    }

    public static CordonPrimitive uncordon() {
        return new CordonPrimitive(false);
    }

    @Override
    public String name() {
        return cordon ? "k8s.cordon" : "k8s.uncordon";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("node");
        var resource = client.nodes().withName(name);
        if (resource.get() == null) {
            return notFound("node", name, where);
        }
        resource.edit(node -> new NodeBuilder(node).editOrNewSpec().withUnschedulable(cordon).endSpec().build());
        return new PrimitiveResult(true, Map.of("node", name, "schedulable", !cordon), "node " + name
                + (cordon ? " cordoned" : " uncordoned"), cordon ? "cordoned" : "schedulable");
    }
}
