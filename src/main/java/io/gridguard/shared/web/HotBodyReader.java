package io.gridguard.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@link HotBody} parameters with the application's JSON mapper, a reader per type made once. */
@Configuration(proxyBeanMethods = false)
class HotBodyReader implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private static final MediaType JSON_BY_ANOTHER_NAME = MediaType.parseMediaType("application/*+json");
    private final JsonMapper json;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    HotBodyReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(HotBody.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binders) throws Exception {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Charset charset = requireJson(request.getContentType()).getCharset();
        ObjectReader reader = readers.computeIfAbsent(parameter.getParameterType(), json::readerFor);
        Object body;
        try (InputStream in = request.getInputStream()) {
            // without a charset Jackson finds UTF-8, -16 or -32 itself; a device that names another (GBK) is read in it
            body = charset == null ? reader.readValue(in) : reader.readValue(new InputStreamReader(in, charset));
        } catch (JacksonException | IOException e) {
            throw new HttpMessageNotReadableException("The request body could not be read as JSON: " + e.getMessage(), e,
                    new ServletServerHttpRequest(request));
        }
        if (body == null) {
            // "null" as the whole body: no object to act on, as @RequestBody(required = true) would refuse it
            throw new HttpMessageNotReadableException("The request body is missing", new ServletServerHttpRequest(request));
        }
        return body;
    }

    /** The body's media type: JSON, or JSON by another name ({@code application/*+json}), as the JSON message converter accepts. */
    private static MediaType requireJson(String contentType) throws HttpMediaTypeNotSupportedException {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            // not a media type, or one naming a charset this JVM does not know
            type = null;
        }
        if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type) || JSON_BY_ANOTHER_NAME.isCompatibleWith(type))) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
        }
        return type;
    }
}
