package io.gridguard.shared.web;

import io.gridguard.shared.Problem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On pages, a problem shows the error page with its message in the reader's language and the right status. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageProblemAdvice {

    private final ProblemRenderer renderer;

    PageProblemAdvice(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem problem, HttpServletResponse response) {
        var status = ProblemRenderer.statusOf(problem);
        response.setStatus(status.value());
        var view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("problemMessage", renderer.message(problem.messageKey(), problem.args()));
        return view;
    }
}
