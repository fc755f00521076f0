package io.mopstudio.providers.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;

/** {@code k8s.delete_pod}: deletes one pod (its controller starts a new one): a pod restart. */
public final class DeletePodPrimitive extends KubernetesPrimitive {

    @Override
    public String name() {
        return "k8s.delete_pod";
    }

    @Override
    protected PrimitiveResult act(KubernetesClient client, ParamReader reader, String where) throws PrimitiveException {
        String name = reader.requiredText("pod");
        var resource = client.pods().withName(name);
        if (resource.get() == null) {
            return notFound("pod", name, where);
        }
        resource.delete();
        return new PrimitiveResult(true, Map.of("pod", name), "pod " + name + " deleted (" + where + ")", "deleted");
    }
}
