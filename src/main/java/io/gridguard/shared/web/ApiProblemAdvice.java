package io.gridguard.shared.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gridguard.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place API errors become problem+json. Bad input is 400 with the fields named; nothing
 * unexpected ever shows its message or stack trace: it is logged with an id and the id is shown.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final ProblemRenderer renderer;

    ApiProblemAdvice(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem) {
        return respond(renderer.render(problem));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", renderer.message(error)))
                .toList();
        return respond(renderer.render(HttpStatus.BAD_REQUEST, "error.invalid", new Object[0], errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", renderer.message(error))))
                .toList();
        return respond(renderer.render(HttpStatus.BAD_REQUEST, "error.invalid", new Object[0], errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String field = JsonFieldPath.of(e).orElse("body");
        return respond(renderer.render(HttpStatus.BAD_REQUEST, "error.invalid", new Object[0],
                List.of(Map.of("field", field, "message", renderer.message("error.body.unreadable")))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(renderer.render(HttpStatus.BAD_REQUEST, "error.invalid", new Object[0],
                List.of(Map.of("field", e.getName(), "message", renderer.message("error.parameter.type")))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return respond(renderer.render(HttpStatus.BAD_REQUEST, "error.invalid", new Object[0],
                List.of(Map.of("field", e.getParameterName(), "message", renderer.message("error.required")))));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return respond(renderer.render(HttpStatus.CONFLICT, "error.duplicate", new Object[0], List.of()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(renderer.render(HttpStatus.METHOD_NOT_ALLOWED, "error.method", new Object[0], List.of()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(renderer.render(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", new Object[0], List.of()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(renderer.render(HttpStatus.CONTENT_TOO_LARGE, "error.upload.tooLarge", new Object[0], List.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return respond(renderer.render(HttpStatus.NOT_FOUND, "error.notFound", new Object[0], List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected error {}", id, e);
        return respond(renderer.render(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[]{id}, List.of()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
