package io.mopstudio.engine;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.Expectation;
import io.mopstudio.model.Check;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.template.Template;
import io.mopstudio.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a check against the real system. A check passes only on positive evidence: a call
 * that errors, or an observed value that is missing, is a failure, never a pass.
 */
final class CheckEvaluator {

    private final Catalog catalog;
    private final CatalogInvoker invoker;

    CheckEvaluator(Catalog catalog, CatalogInvoker invoker) {
        this.catalog = catalog;
        this.invoker = invoker;
    }

    CheckVerdict evaluate(Check check, Map<String, Object> scope) throws InterruptedException {
        Optional<CatalogEntry> entry = catalog.check(check.check());
        if (entry.isEmpty()) {
            return CheckVerdict.error("no check named '" + check.check() + "' in catalog " + catalog.name());
        }
        try {
            Map<String, Object> prepared = invoker.prepare(entry.get(), check.params(), scope, check.nodeId());
            Invocation invocation = invoker.invoke(entry.get(), prepared, scope, check.nodeId());
            return judge(entry.get(), prepared, invocation, scope);
        } catch (StepFailure e) {
            return CheckVerdict.error(e.getMessage());
        }
    }

    private CheckVerdict judge(CatalogEntry entry, Map<String, Object> prepared, Invocation invocation,
            Map<String, Object> scope) {
        PrimitiveResult result = invocation.result();
        String expected = entry.expect().map(e -> e.kind().symbol() + " " + text(expectedValue(e, prepared, scope)))
                .orElse(defaultExpectation(entry.call().primitive(), invocation.callParams()));
        if (!result.succeeded()) {
            return new CheckVerdict(false, result.primary(), expected, result.summary(), Optional.empty(),
                    entry.expect().map(Expectation::kind));
        }
        if (entry.observe().isEmpty()) {
            return new CheckVerdict(true, result.primary(), expected, "", Optional.empty(), Optional.empty());
        }
        Optional<Object> observed = at(result.output(), entry.observe().get());
        if (observed.isEmpty()) {
            return new CheckVerdict(false, "no data", expected, "the response has no value at '"
                    + entry.observe().get() + "' (" + result.summary() + ")", Optional.empty(), Optional.empty());
        }
        String observedText = text(observed.get());
        Optional<Double> numeric = number(observed.get());
        if (entry.expect().isEmpty()) {
            return new CheckVerdict(true, observedText, expected, "", numeric, Optional.empty());
        }
        Expectation expectation = entry.expect().get();
        Object wanted = expectedValue(expectation, prepared, scope);
        boolean passed = switch (expectation.kind()) {
            case EQUALS -> observedText.equals(text(wanted));
            case AT_MOST -> numeric.isPresent() && number(wanted).map(w -> numeric.get() <= w).orElse(false);
            case AT_LEAST -> numeric.isPresent() && number(wanted).map(w -> numeric.get() >= w).orElse(false);
        };
        return new CheckVerdict(passed, observedText, expected, "", numeric, Optional.of(expectation.kind()));
    }

    private static Object expectedValue(Expectation expectation, Map<String, Object> prepared,
            Map<String, Object> scope) {
        Map<String, Object> withParams = new LinkedHashMap<>(scope);
        withParams.put("params", prepared);
        try {
            return Template.render(expectation.value(), withParams);
        } catch (TemplateException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static String defaultExpectation(String primitive, Map<String, Object> callParams) {
        return switch (primitive) {
            case "shell.run" -> "exit 0";
            case "http.request" -> "HTTP " + Optional.ofNullable(callParams.get("expect_status")).map(String::valueOf)
                    .filter(s -> !s.isEmpty()).orElse("2xx");
            default -> "success";
        };
    }

    /** The value at a dotted path such as {@code json.state}; list items by index. */
    static Optional<Object> at(Map<String, Object> output, String path) {
        Object current = output;
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map && map.containsKey(part)) {
                current = map.get(part);
            } else if (current instanceof List<?> list && part.matches("\\d+") && Integer.parseInt(part) < list.size()) {
                current = list.get(Integer.parseInt(part));
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    /** Observed values as people read them: 232.0972 shows as 232.1. */
    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return new java.math.BigDecimal(d).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        return Template.display(value);
    }

    private static Optional<Double> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        try {
            return Optional.of(Double.parseDouble(String.valueOf(value).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
