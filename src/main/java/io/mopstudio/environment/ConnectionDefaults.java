package io.mopstudio.environment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection fields every resolved resource has, so one catalog serves inventories that set
 * them and inventories that rely on the usual default: a catalog may always write
 * {@code {{ params.target.ssh_port }}} or {@code {{ params.target.ca_file }}}. An empty text
 * means "the provider's own default" (the user's name, ~/.ssh keys, the JDK's CAs, the current
 * kubeconfig context).
 */
final class ConnectionDefaults {

    private ConnectionDefaults() {
    }

    static Map<String, Object> forResource(String resource) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("host", resource);
        out.put("ssh_user", "");
        out.put("ssh_port", 22L);
        out.put("ssh_key", "");
        out.put("known_hosts", "");
        out.put("ca_file", "");
        out.put("kubeconfig", "");
        out.put("kube_context", "");
        out.put("namespace", "default");
        out.put("deployment", resource);
        out.put("bearer_token", "");
        return out;
    }
}
