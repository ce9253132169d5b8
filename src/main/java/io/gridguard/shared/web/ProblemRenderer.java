package io.gridguard.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gridguard.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Turns problems into RFC 9457 documents in the caller's language:
 * {@code {"status","title","detail","code","errors":[{"field","message"}]}}.
 */
@Component
public class ProblemRenderer {

    private final MessageSource messages;

    ProblemRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail render(HttpStatus status, String messageKey, Object[] args, List<Map<String, String>> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(message("problem.title." + status.value(), new Object[0], locale, status.getReasonPhrase()));
        problem.setDetail(message(messageKey, args, locale, messageKey));
        problem.setProperty("code", messageKey);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public ProblemDetail render(Problem problem) {
        List<Map<String, String>> errors = problem instanceof Problem.Invalid invalid
                ? invalid.fieldErrors().stream().map(this::fieldError).toList()
                : List.of();
        return render(statusOf(problem), problem.messageKey(), problem.args(), errors);
    }

    public Map<String, String> fieldError(Problem.FieldError error) {
        return Map.of("field", error.field(),
                "message", message(error.messageKey(), error.args(), LocaleContextHolder.getLocale(), error.messageKey()));
    }

    /** Every field error of a problem as a sentence in the reader's language, each once. */
    public List<String> messages(Problem.Invalid invalid) {
        return invalid.fieldErrors().stream().map(e -> fieldError(e).get("message")).distinct().toList();
    }

    public String message(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    public String message(String key, Object... args) {
        return message(key, args, LocaleContextHolder.getLocale(), key);
    }

    private String message(String key, Object[] args, Locale locale, String fallback) {
        return messages.getMessage(key, args, fallback, locale);
    }

    public static HttpStatus statusOf(Problem problem) {
        return switch (problem) {
            case Problem.Invalid i -> HttpStatus.BAD_REQUEST;
            case Problem.NotFound n -> HttpStatus.NOT_FOUND;
            case Problem.Conflict c -> HttpStatus.CONFLICT;
            case io.gridguard.shared.AccessDenied a -> HttpStatus.FORBIDDEN;
        };
    }
}
