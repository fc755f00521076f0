package io.mopstudio.providers.notify;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.http.HttpRequestPrimitive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code notify.webhook}: POSTs a JSON message ({@code {"text": message, ...fields}}) to a webhook
 * (chat, paging, ticketing) through {@code http.request}, so TLS, timeouts and errors behave the
 * same. Succeeds on a 2xx answer.
 */
public final class WebhookPrimitive implements Primitive {

    private final HttpRequestPrimitive http;

    public WebhookPrimitive(HttpRequestPrimitive http) {
        this.http = http;
    }

    @Override
    public String name() {
        return "notify.webhook";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", reader.requiredText("message"));
        reader.map("fields").forEach((k, v) -> body.put(String.valueOf(k), v));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", "POST");
        request.put("url", reader.requiredText("url"));
        request.put("body", body);
        request.put("headers", reader.map("headers"));
        request.put("expect_status", "2xx");
        request.put("timeout", reader.text("timeout", "10s"));
        request.put("ca_file", reader.text("ca_file", ""));
        PrimitiveResult sent = http.invoke(request);
        return new PrimitiveResult(sent.succeeded(), sent.output(), "webhook " + sent.summary(), sent.primary());
    }
}
