package io.mopstudio.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code mop audit}: review the runs the audit recorded. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Review recorded runs.",
        subcommands = {AuditListCommand.class, AuditShowCommand.class, AuditReviewCommand.class,
                AuditVerifyCommand.class, AuditExportCommand.class, AuditInsightsCommand.class, AuditDiffCommand.class})
public final class AuditCommand implements Callable<Integer> {

    /* Exit codes. 1, an internal error, is what picocli returns for an unexpected exception. */
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    @Spec
    private CommandSpec spec;

    /** {@code audit} alone is a usage error: say which subcommands exist. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing subcommand: audit list | show RUN_ID | review RUN_ID"
                + " | verify [RUN_ID] | export RUN_ID | insights | diff OLD NEW");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    static String localDateTime(Instant instant) {
        return DATE_TIME.withZone(ZoneId.systemDefault()).format(instant);
    }

    static String localTime(Instant instant) {
        return TIME.withZone(ZoneId.systemDefault()).format(instant);
    }

    /** How an audit command prints: an aligned table for people, or JSON for scripts. */
    enum Output {
        TEXT, JSON
    }

    /** Accepts {@code text} and {@code json} in any case. */
    static final class OutputConverter implements ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            try {
                return Output.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected text or json, got '" + value + "'");
            }
        }
    }
}
