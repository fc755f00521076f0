package io.mopstudio.providers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code http.request}: one request, TLS always verified: against the JDK's CAs, or only against
 * the certificates of {@code ca_file} when an environment names one (an internal CA). Succeeds when the status
 * is the expected one; the output holds {@code status}, {@code body} (up to 64 KiB) and
 * {@code json} when the body is JSON. A timeout or an interrupt aborts the request.
 */
public final class HttpRequestPrimitive implements Primitive {

    static final int MAX_BODY_CHARS = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public String name() {
        return "http.request";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        String method = reader.text("method", "GET").toUpperCase(java.util.Locale.ROOT);
        URI uri = uri(reader.requiredText("url"));
        Duration timeout = reader.duration("timeout", Duration.ofSeconds(30));
        if (timeout.isZero() || timeout.isNegative()) {
            throw new PrimitiveException("http.request: 'timeout' must be longer than 0");
        }
        StatusExpectation expected = StatusExpectation.parse(params.get("expect_status"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        boolean contentTypeGiven = false;
        for (Map.Entry<?, ?> header : reader.map("headers").entrySet()) {
            String headerName = String.valueOf(header.getKey());
            header(request, headerName, String.valueOf(header.getValue()));
            contentTypeGiven |= headerName.equalsIgnoreCase("Content-Type");
        }
        Object body = params.get("body");
        String bodyText = bodyText(body);
        if ((body instanceof Map<?, ?> || body instanceof List<?>) && !contentTypeGiven) {
            // Only a default: an author's own type (say application/merge-patch+json) must be the one sent.
            request.header("Content-Type", "application/json");
        }
        try {
            request.method(method, bodyText.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(bodyText));
        } catch (IllegalArgumentException e) {
            throw new PrimitiveException("http.request: method '" + method + "' is not an HTTP method");
        }
        String target = method + " " + uri;
        String caFile = reader.text("ca_file", "");
        HttpClient sender = caFile.isBlank() ? client : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(TrustedCertificates.from(java.nio.file.Path.of(caFile)))
                .build();
        CompletableFuture<HttpResponse<String>> pending =
                sender.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = pending.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return result(target, response, expected);
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failure(target, "no response within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return failure(target, describe(e.getCause(), timeout));
        }
    }

    /** The JDK refuses restricted (Content-Length, Host...) and malformed headers; that is the author's to fix. */
    private static void header(HttpRequest.Builder request, String name, String value) throws PrimitiveException {
        try {
            request.header(name, value);
        } catch (IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage()).startsWith("restricted")
                    ? "the HTTP client sets it itself"
                    : "its name or value holds characters a header cannot carry (spaces in a name, line breaks)";
            throw new PrimitiveException("http.request: header '" + name + "' cannot be sent: " + why);
        }
    }

    private static URI uri(String url) throws PrimitiveException {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new PrimitiveException("http.request: url '" + url + "' must start with http:// or https://");
            }
            if (uri.getHost() == null) {
                throw new PrimitiveException("http.request: url '" + url + "' names no host");
            }
            if (uri.getPort() > 65535) {
                throw new PrimitiveException("http.request: url '" + url + "' has a port above 65535");
            }
            HttpRequest.newBuilder(uri);
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PrimitiveException("http.request: url '" + url + "' is not a valid URL");
        }
    }

    private static String bodyText(Object body) throws PrimitiveException {
        if (body == null) {
            return "";
        }
        if (body instanceof Map<?, ?> || body instanceof List<?>) {
            try {
                return JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new PrimitiveException("http.request: body cannot be written as JSON");
            }
        }
        return String.valueOf(body);
    }

    private static PrimitiveResult result(String target, HttpResponse<String> response, StatusExpectation expected) {
        String body = response.body() == null ? "" : response.body();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("status", (long) response.statusCode());
        output.put("body", body.length() > MAX_BODY_CHARS
                ? body.substring(0, MAX_BODY_CHARS) + "... (" + (body.length() - MAX_BODY_CHARS) + " more characters)"
                : body);
        parseJson(body).ifPresent(json -> output.put("json", json));
        boolean ok = expected.matches(response.statusCode());
        String summary = target + " -> " + response.statusCode()
                + (ok ? "" : " (expected " + expected + ")" + bodyHint(body));
        return new PrimitiveResult(ok, output, summary, "HTTP " + response.statusCode());
    }

    /** The start of an error response, which usually says why: worth having in an escalation. */
    private static String bodyHint(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "";
        }
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "..." : flat);
    }

    private static java.util.Optional<Object> parseJson(String body) {
        String trimmed = body.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(JSON.readValue(trimmed, Object.class));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static PrimitiveResult failure(String target, String reason) {
        return new PrimitiveResult(false, Map.of("error", reason), target + " failed: " + reason, "error");
    }

    private static String describe(Throwable cause, Duration timeout) {
        if (cause instanceof HttpTimeoutException) {
            return "no response within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof java.net.ConnectException
                && cause.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "host not found";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "TLS failed: " + lastPart(cause.getMessage());
        }
        // Operators read this in an escalation: the JDK's words, without its class names.
        String message = cause == null ? null : cause.getMessage();
        return message == null || message.isBlank() ? "the connection failed" : "the connection failed: "
                + lastPart(message);
    }

    /** "PKIX path building failed: sun.security...Exception: unable to find ..." reads as its last part. */
    private static String lastPart(String message) {
        if (message == null) {
            return "no reason given";
        }
        int colon = message.lastIndexOf("Exception: ");
        return colon < 0 ? message : message.substring(colon + "Exception: ".length());
    }
}
