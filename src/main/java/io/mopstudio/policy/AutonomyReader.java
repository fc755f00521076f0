package io.mopstudio.policy;

import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.Suggestions;
import io.mopstudio.yaml.YamlMap;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an environment's {@code autonomy:} section. Problems go to the section's problem list; a
 * section with any error gives no policy, and the environment holding it must not be used.
 */
public final class AutonomyReader {

    static final Set<String> KEYS = Set.of("max_blast_radius", "approval_timeout");

    public Optional<AutonomyPolicy> read(YamlMap section) {
        PolicyProblems found = new PolicyProblems(section.problems());
        section.rejectUnknownKeys(KEYS);
        Optional<BlastRadius> max = section.text("max_blast_radius", false).flatMap(word -> level(section, word));
        Optional<Duration> timeout = section.duration("approval_timeout");
        if (timeout.filter(Duration::isZero).isPresent()) {
            section.problems().add(Problem.error(section.document().position(
                    section.node("approval_timeout").orElseThrow()), "structure.duration",
                    "'approval_timeout' must be longer than 0"));
        }
        return found.addedErrors() ? Optional.empty() : Optional.of(new AutonomyPolicy(max, timeout));
    }

    private static Optional<BlastRadius> level(YamlMap section, String word) {
        Optional<BlastRadius> level = BlastRadius.parse(word);
        if (level.isEmpty()) {
            String hint = Suggestions.nearest(word.strip().toLowerCase(java.util.Locale.ROOT), BlastRadius.words())
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
            section.problems().add(Problem.error(section.document().position(
                    section.node("max_blast_radius").orElseThrow()), "policy.blast_radius",
                    "'max_blast_radius' must be " + BlastRadius.LEVELS + ", not '" + word + "'" + hint));
        }
        return level;
    }
}
