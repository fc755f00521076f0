package io.mopstudio.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogLoader;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.ValidationContext;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled template validates as {@code mop-studio validate [--env]} would, with no finding at all
 * (not even a warning: a new MOP starts from it) but the blank one's hint that it has no steps yet, and
 * explains itself.
 */
class MopTemplateTest {

    static Stream<MopTemplate> templates() {
        return MopTemplate.BUNDLED.stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void validatesAgainstTheBundledCatalogsWithoutFindings(MopTemplate template) {
        MopValidator validator = new MopValidator(context(template));
        Validation validation = validator.validate(template.text(), template.resource());
        List<String> expected = template.id().equals("blank") ? List.of("graph.no_steps") : List.of();
        assertEquals(expected, validation.problems().stream().map(p -> p.rule()).toList(), validation.problems()
                + " in " + template.id());
        assertTrue(validation.mop().isPresent(), template.id());
    }

    /** As {@code mop-studio validate} checks it: the named catalog with the primitives, else the bundled ones. */
    private static ValidationContext context(MopTemplate template) {
        if (template.catalog().isEmpty()) {
            return new ValidationContexts().bundled().valid().orElseThrow();
        }
        return new ValidationContexts().forCatalog(template.catalog().get()).valid().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void startsWithACommentOnWhatToFillIn(MopTemplate template) {
        assertTrue(template.text().startsWith("# "), template.id() + " has no explaining comment");
    }

    @Test
    void offersTheFourTemplatesTheIssueAsksForBlankFirst() {
        assertEquals(List.of("blank", "restart-service", "kubernetes-rollout-restart", "db-pool-recovery"),
                MopTemplate.BUNDLED.stream().map(MopTemplate::id).toList());
    }
}
