package io.gridguard.shared.web;

import java.util.function.Supplier;

import io.gridguard.shared.Problem;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Submitting a form: binding errors or the domain's field errors go back onto the form, shown beside
 * their fields; a conflict (a duplicate) is shown beside {@code conflictField}, or above the form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Runs the action and answers its view, or the form again with every error on it. */
    public static String submit(BindingResult binding, String conflictField, Supplier<String> action, Supplier<String> form) {
        if (binding.hasErrors()) {
            return form.get();
        }
        try {
            return action.get();
        } catch (Problem.Invalid invalid) {
            apply(invalid, binding);
        } catch (Problem.Conflict conflict) {
            if (conflictField != null) {
                binding.rejectValue(conflictField, conflict.messageKey(), conflict.args(), conflict.messageKey());
            } else {
                binding.reject(conflict.messageKey(), conflict.args(), conflict.messageKey());
            }
        }
        return form.get();
    }

    /**
     * For a form whose page is shown again by a redirect: runs the action; if the domain refuses it (invalid input,
     * a conflict) the reasons, as sentences, go to that page under {@code errorsAttribute}. Answers whether it ran.
     */
    public static boolean attempt(RedirectAttributes flash, ProblemRenderer messages, String errorsAttribute, Runnable action) {
        try {
            action.run();
            return true;
        } catch (Problem.Invalid invalid) {
            flash.addFlashAttribute(errorsAttribute, messages.messages(invalid));
        } catch (Problem.Conflict conflict) {
            flash.addFlashAttribute(errorsAttribute, java.util.List.of(messages.message(conflict.messageKey(), conflict.args())));
        }
        return false;
    }

    public static void apply(Problem.Invalid invalid, BindingResult binding) {
        for (var error : invalid.fieldErrors()) {
            if (isField(binding, error.field())) {
                binding.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            } else {
                binding.reject(error.messageKey(), error.args(), error.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return binding.getTarget() != null && binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
