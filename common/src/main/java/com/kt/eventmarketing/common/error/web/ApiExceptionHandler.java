package com.kt.eventmarketing.common.error.web;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.error.ProblemException.FieldError;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a request into RFC 9457 problem details: precise for what the client can
 * fix (each bad field named), opaque for what it cannot (a reference id instead of a stack trace).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
        HttpStatusCode status = HttpStatusCode.valueOf(ex.kind().status());
        ProblemDetail problem = Problems.of(status, ex.code(), ex.getMessage(), ex.properties());
        problem.setTitle(ex.kind().title());
        HttpHeaders headers = new HttpHeaders();
        if (ex.retryAfter() != null) {
            long seconds = Math.max(1, ex.retryAfter().toSeconds());
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problem.setProperty("retryAfterSeconds", seconds);
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return handleProblem(ProblemException.invalid(errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, ex);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong on our side. Nothing was changed; please try again. Reference: " + reference);
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(fieldErrors(ex.getBindingResult()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new FieldError(
                            error instanceof org.springframework.validation.FieldError fe ? fe.getField() : name,
                            error.getDefaultMessage())));
        });
        return invalid(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldError(path(unknown), "is not a known field")));
        }
        if (cause instanceof InvalidFormatException format) {
            String expected = format.getTargetType() == null ? "a valid value" : describe(format.getTargetType());
            return invalid(List.of(new FieldError(path(format), "must be " + expected)));
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "a valid value" : describe(mismatch.getTargetType());
            return invalid(List.of(new FieldError(path(mismatch), "must be " + expected)));
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, "malformed-body", "The request body is missing or is not valid JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(new FieldError(ex.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "a valid value" : describe(ex.getRequiredType());
        return invalid(List.of(new FieldError(ex.getName(), "must be " + expected)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : ex.getResourcePath();
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "There is nothing at " + path + "."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                status,
                "method-not-allowed",
                "Method " + ex.getMethod() + " is not supported here; use "
                        + String.join(", ", ex.getSupportedMethods() == null ? new String[0] : ex.getSupportedMethods())
                        + ".");
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                Problems.of(status, "unsupported-media-type", "Send the request body as application/json.");
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    /** Gives Spring's own problem bodies the platform's {@code type} and {@code code} too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            String code = HttpStatus.resolve(status.value()) == null
                    ? "error"
                    : HttpStatus.resolve(status.value()).name().toLowerCase().replace('_', '-');
            problem.setType(Problems.type(code));
            problem.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors) {
        ProblemException problem = ProblemException.invalid(errors);
        ProblemDetail body =
                Problems.of(HttpStatus.BAD_REQUEST, problem.code(), problem.getMessage(), problem.properties());
        return ResponseEntity.badRequest().body(body);
    }

    static List<FieldError> fieldErrors(BindingResult result) {
        Map<String, String> byField = result.getFieldErrors().stream()
                .collect(Collectors.toMap(
                        org.springframework.validation.FieldError::getField,
                        e -> e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage(),
                        (first, second) -> first + "; " + second,
                        java.util.TreeMap::new));
        List<FieldError> errors = new ArrayList<>();
        byField.forEach((field, message) -> errors.add(new FieldError(field, message)));
        result.getGlobalErrors()
                .forEach(e -> errors.add(new FieldError(
                        e.getObjectName(), e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage())));
        return errors;
    }

    private static String path(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        ex.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        if (type == String.class) {
            return "a string";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
