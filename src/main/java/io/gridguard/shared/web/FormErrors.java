package io.gridguard.shared.web;

import io.gridguard.shared.Problem;
import org.springframework.validation.BindingResult;

/** Puts a domain's field errors on a form's binding result, so the form shows them beside the fields. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(Problem.Invalid invalid, BindingResult binding) {
        for (var error : invalid.fieldErrors()) {
            if (binding.getTarget() != null && isField(binding, error.field())) {
                binding.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
            } else {
                binding.reject(error.messageKey(), error.args(), error.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
