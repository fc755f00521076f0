package io.mopstudio.policy;

import io.mopstudio.yaml.Problem;
import java.util.List;

/** Whether reading a section added any error to the shared problem list. */
final class PolicyProblems {

    private final List<Problem> problems;
    private final int before;

    PolicyProblems(List<Problem> problems) {
        this.problems = problems;
        this.before = problems.size();
    }

    boolean addedErrors() {
        return problems.subList(before, problems.size()).stream().anyMatch(Problem::isError);
    }
}
