package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The launcher's class-data sharing workload stays a set of valid commands: each succeeds and
 * prints something, so the archive records the classes of real runs (a command that failed on
 * its arguments would record little more than picocli's error path).
 */
class StartupTrainingTest {

    @Test
    void everyRecordedCommandSucceedsAndPrints() {
        for (String[] command : StartupTraining.COMMANDS) {
            CliRun run = CliRun.of(command);
            assertThat(run.status()).as("%s: %s", Arrays.toString(command), run.err()).isZero();
            assertThat(run.out()).as(Arrays.toString(command)).isNotBlank();
            assertThat(run.err()).as(Arrays.toString(command)).isEmpty();
        }
    }

    @Test
    void theWorkloadCoversHelpDeriveInOneAndSeveralVariablesJsonAndIntegrate() {
        assertThat(Arrays.stream(StartupTraining.COMMANDS).map(c -> c[0]))
                .contains("--help", "derive", "integrate");
        assertThat(Arrays.stream(StartupTraining.COMMANDS).anyMatch(c -> Arrays.asList(c).contains("--json"))).isTrue();
        assertThat(Arrays.stream(StartupTraining.COMMANDS).anyMatch(c -> Arrays.asList(c).contains("x=1,y=2"))).isTrue();
    }

    @Test
    void theWorkloadRunsATaylorModelSetFlowWithACheck() {
        String[] setFlow = Arrays.stream(StartupTraining.COMMANDS)
                .filter(c -> Arrays.asList(c).contains("--validated") && Arrays.asList(c).contains("--check"))
                .findFirst().orElseThrow();
        CliRun run = CliRun.of(setFlow);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("method: taylor-model").contains(": verified");
    }
}
