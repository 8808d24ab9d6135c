package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CI workflow is valid YAML, publishes only from main, and runs the README's commands. */
class WorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/site.yml");

    private static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    private static List<String> runs(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.get("steps").forEach(s -> {
            if (s.has("run")) {
                out.add(s.get("run").asText());
            }
        });
        return out;
    }

    private static List<String> uses(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.get("steps").forEach(s -> {
            if (s.has("uses")) {
                out.add(s.get("uses").asText());
            }
        });
        return out;
    }

    @Test
    void runsOnPushToMainOnDemandAndOnPullRequests() throws Exception {
        JsonNode on = workflow().get("on");
        assertEquals("main", on.get("push").get("branches").get(0).asText());
        assertTrue(on.has("workflow_dispatch"));
        assertTrue(on.has("pull_request"));
    }

    @Test
    void buildsTestsAndPublishesWithTheOfficialPagesActions() throws Exception {
        JsonNode jobs = workflow().get("jobs");
        JsonNode build = jobs.get("build");
        assertTrue(uses(build).stream().anyMatch(u -> u.startsWith("actions/upload-pages-artifact@")));
        assertTrue(uses(build).stream().anyMatch(u -> u.startsWith("actions/setup-java@")));
        build.get("steps").forEach(s -> {
            if (s.path("uses").asText().startsWith("actions/setup-java@")) {
                assertEquals("maven", s.get("with").get("cache").asText(), "Maven downloads are cached");
            }
            if (s.path("uses").asText().startsWith("actions/upload-pages-artifact@")) {
                assertEquals("target/site", s.get("with").get("path").asText());
                assertTrue(s.get("if").asText().contains("pull_request"), "pull requests do not publish");
            }
        });
        JsonNode deploy = jobs.get("deploy");
        assertTrue(uses(deploy).stream().anyMatch(u -> u.startsWith("actions/deploy-pages@")));
        assertTrue(deploy.get("if").asText().contains("refs/heads/main"));
        assertTrue(deploy.get("if").asText().contains("pull_request"));
        assertEquals("write", deploy.get("permissions").get("pages").asText());
        assertEquals("write", deploy.get("permissions").get("id-token").asText());
    }

    /** Every command in the README's command table that CI needs is what the workflow runs. */
    @Test
    void usesTheReadmesCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("\\| `(mvn [a-z ]+)` \\|").matcher(readme);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1));
        }
        assertTrue(commands.contains("mvn verify") && commands.contains("mvn site"), commands.toString());
        List<String> runs = runs(workflow().get("jobs").get("build"));
        for (String command : List.of("mvn verify", "mvn site")) {
            assertTrue(runs.stream().anyMatch(r -> r.replace(" -B", "").strip().equals(command)),
                    command + " in " + runs);
        }
        assertTrue(Files.readString(Path.of(".ci/run")).contains("mvn -B -ntp verify"));
    }
}
