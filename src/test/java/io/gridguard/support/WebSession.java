package io.gridguard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in browser without a browser: cookies, the CSRF token of the last page, form posts. */
public class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    public WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String base() {
        return base;
    }

    public record Page(int status, String body, String location) {
        public boolean contains(String text) {
            return body.contains(text);
        }
    }

    /** Signs a demo account in through the form; answers where the form sent us. */
    public Page login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public WebSession loggedIn(String username) {
        Page page = login(username, "gridguard");
        if (page.status() != 302 || page.location() == null || page.location().contains("error")) {
            throw new IllegalStateException("sign-in failed for " + username + ": " + page);
        }
        return this;
    }

    public Page get(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** A file this session may download (a poster, an export): status and bytes. */
    public java.net.http.HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a redirect answer to the page it points at. */
    public Page follow(Page redirect) {
        // as a browser does, the fragment stays on this side
        String location = redirect.location().replaceFirst("#.*$", "");
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    public Page post(String path, Map<String, String> form, String... headers) {
        return post(path, new java.util.ArrayList<>(form.entrySet()), headers);
    }

    /** A form with repeated fields (checkboxes), in order. */
    public Page post(String path, java.util.List<Map.Entry<String, String>> form, String... headers) {
        var fields = new java.util.ArrayList<>(form);
        if (csrf != null && fields.stream().noneMatch(e -> e.getKey().equals("_csrf"))) {
            fields.add(Map.entry("_csrf", csrf));
        }
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1) != null ? m.group(1) : m.group(2);
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
