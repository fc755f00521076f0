package io.mopstudio.bench;

import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import java.io.StringReader;
import java.util.Arrays;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Times loading and validating a generated 1000-step MOP against a raw SnakeYAML parse of the same
 * text, in one run, after warm-up. Run with {@code mvn -q -Pbench test-compile exec:java}; the
 * target is load+validate within 3x the raw parse. Not a test: timing is never asserted.
 */
public final class LoadBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 50;

    private LoadBenchmark() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String text = GeneratedMop.withSteps(steps);
        MopValidator validator = new MopValidator(new ValidationContexts().bundled().valid().orElseThrow());
        Validation check = validator.validate(text, "generated.yaml");
        if (check.hasErrors() || check.mop().isEmpty()) {
            throw new IllegalStateException("the generated MOP must be valid: " + check.problems().subList(0,
                    Math.min(5, check.problems().size())));
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(8 * 1024 * 1024);
        double raw = median(() -> new Yaml(options).load(new StringReader(text)));
        double full = median(() -> validator.validate(text, "generated.yaml"));
        System.out.printf("MOP with %d steps, %d KiB of YAML; median of %d runs after %d warm-up runs%n", steps,
                text.length() / 1024, RUNS, WARM_UP);
        System.out.printf("raw SnakeYAML parse (Yaml.load):      %8.2f ms%n", raw);
        System.out.printf("MOP Studio load + validate:           %8.2f ms%n", full);
        System.out.printf("ratio load+validate / raw parse:      %8.2f (target <= 3.0)%n", full / raw);
    }

    private static double median(Supplier<Object> work) {
        Object sink = null;
        for (int i = 0; i < WARM_UP; i++) {
            sink = work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("nothing was produced");
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
