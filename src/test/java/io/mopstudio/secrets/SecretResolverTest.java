package io.mopstudio.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretResolverTest {

    @TempDir
    Path home;

    @Test
    void environmentVariablesAndFilesResolveWithoutTheTrailingNewline() throws IOException {
        Files.createDirectories(home.resolve(".secrets"));
        Files.writeString(home.resolve(".secrets/pg"), "file-pass-1\n");
        SecretResolver resolver = new SecretResolver(Map.of("API_TOKEN", "env-token-1"), home);
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put("api", "env:API_TOKEN");
        refs.put("pg", "file:~/.secrets/pg");
        SecretResolver.Resolution resolution = resolver.resolve(refs);
        assertEquals(List.of(), resolution.problems());
        assertEquals(Map.of("api", "env-token-1", "pg", "file-pass-1"), resolution.secrets().asTemplateScope());
    }

    @Test
    void problemsNameTheCredentialAndReferenceButNeverAValue() throws IOException {
        Files.writeString(home.resolve("short"), "ab");
        SecretResolver resolver = new SecretResolver(Map.of(), home);
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put("missing_var", "env:NOT_SET_ANYWHERE");
        refs.put("missing_file", "file:" + home.resolve("nope"));
        refs.put("too_short", "file:" + home.resolve("short"));
        refs.put("literal", "hunter2-literal");
        List<String> problems = resolver.resolve(refs).problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("NOT_SET_ANYWHERE is not set"), problems.get(0));
        assertTrue(problems.get(1).contains("no file"), problems.get(1));
        assertTrue(problems.get(2).contains("shorter than"), problems.get(2));
        assertTrue(problems.get(3).contains("must be a reference"), problems.get(3));
        problems.forEach(p -> assertTrue(!p.contains("hunter2-literal") && !p.contains("'ab'"), p));
    }
}
