package io.gridguard.shared;

import java.util.List;

/**
 * Something that went wrong for a reason the user can act on. It carries message keys, not text:
 * the web layer renders them in the reader's language (problem+json on the API, a message on pages).
 * Modules subclass the four kinds below with names that say what happened.
 */
public abstract sealed class Problem extends RuntimeException
        permits Problem.Invalid, Problem.NotFound, Problem.Conflict, AccessDenied {

    private final String messageKey;
    private final transient Object[] args;

    protected Problem(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** One field and what is wrong with it, as a message key with arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    /** Bad input: 400, with the fields that are wrong. */
    public static non-sealed class Invalid extends Problem {
        private final transient List<FieldError> fieldErrors;

        public Invalid(List<FieldError> fieldErrors) {
            super("error.invalid");
            this.fieldErrors = List.copyOf(fieldErrors);
        }

        public Invalid(String field, String messageKey, Object... args) {
            this(List.of(new FieldError(field, messageKey, args)));
        }

        public List<FieldError> fieldErrors() {
            return fieldErrors;
        }
    }

    /** The thing asked for does not exist: 404. */
    public static non-sealed class NotFound extends Problem {
        public NotFound(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }

    /** The request clashes with the state of things (duplicate, wrong state): 409. */
    public static non-sealed class Conflict extends Problem {
        public Conflict(String messageKey, Object... args) {
            super(messageKey, args);
        }
    }
}
