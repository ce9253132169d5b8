package io.gridguard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client for the integration API, as an integrator would use it: real HTTP, JSON, bearer tokens. */
public class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ApiClient(String base) {
        this.base = base;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    /** A bearer token for a demo account (cached per server, since tokens are valid for an hour). */
    public String token(String username) {
        return TOKENS.computeIfAbsent(base + "|" + username, k -> {
            Response r = post("/api/v1/auth/token", null, Map.of("username", username, "password", "gridguard"));
            if (r.status() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + r.status() + " " + r.body());
            }
            return r.json().get("token").asString();
        });
    }

    public Response get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET());
    }

    public Response post(String path, String token, Object body, String... headers) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST whose body and Content-Type (null: none) are sent exactly as given. */
    public Response postRaw(String path, String token, String contentType, String body) {
        return postRaw(path, token, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@link #postRaw(String, String, String, String)} with the body's bytes as given (another encoding). */
    public Response postRaw(String path, String token, String contentType, byte[] body) {
        var request = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(contentType == null ? request : request.header("Content-Type", contentType));
    }

    public Response put(String path, String token, Object body, String... headers) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data POST with one file part named {@code file}. */
    public Response upload(String path, String token, String fileName, byte[] content, String... headers) {
        String boundary = "----gridguard" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path, token, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose answer is a file: its bytes. */
    public byte[] bytes(String path, String token) {
        try {
            var response = http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path, String token, String... headers) {
        return send(request(path, token, headers).DELETE());
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header(token.startsWith("gg_") ? "X-Api-Key" : "Authorization", token.startsWith("gg_") ? token : "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
