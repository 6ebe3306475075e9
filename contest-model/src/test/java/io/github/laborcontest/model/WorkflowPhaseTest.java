// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkflowPhaseTest {

    @Test
    void theNoticesWorkflowRunsFromEstablishingToSummarising() {
        Competition c = TestdataCompetitions.keyProjectContest();
        assertThat(c.phase()).isEqualTo(WorkflowPhase.ESTABLISH);
        List<WorkflowPhase> path = List.of(
                WorkflowPhase.MOBILISE,
                WorkflowPhase.IMPLEMENT,
                WorkflowPhase.GUIDE,
                WorkflowPhase.IMPLEMENT,
                WorkflowPhase.ASSESS,
                WorkflowPhase.IMPLEMENT,
                WorkflowPhase.ASSESS,
                WorkflowPhase.REWARD,
                WorkflowPhase.SUMMARISE);
        for (WorkflowPhase next : path) {
            c = c.advanceTo(next).get();
            assertThat(c.phase()).isEqualTo(next);
        }
        assertThat(c.phase().allowedNext()).isEmpty();
    }

    @Test
    void skippingAPhaseIsRefusedWithTheAllowedOnesNamed() {
        Competition c = TestdataCompetitions.keyProjectContest();
        Problem p = c.advanceTo(WorkflowPhase.REWARD).getLeft();
        assertThat(p.code()).isEqualTo(ModelProblem.ILLEGAL_TRANSITION);
        assertThat(p.message(Locale.CHINESE))
                .isEqualTo("$.phase: 工作流程不能从“成立机构(establish)”转到“激励奖励(reward)”，允许的下一步：组织发动(mobilise)");
    }

    @Test
    void rewardsComeOnlyAfterAnAssessmentAndNothingIsUndone() {
        assertThat(WorkflowPhase.IMPLEMENT.canMoveTo(WorkflowPhase.REWARD)).isFalse();
        assertThat(WorkflowPhase.GUIDE.canMoveTo(WorkflowPhase.REWARD)).isFalse();
        assertThat(WorkflowPhase.ASSESS.canMoveTo(WorkflowPhase.REWARD)).isTrue();
        assertThat(WorkflowPhase.REWARD.canMoveTo(WorkflowPhase.ASSESS)).isFalse();
        assertThat(WorkflowPhase.SUMMARISE
                        .moveTo(WorkflowPhase.ESTABLISH)
                        .getLeft()
                        .message(Locale.ENGLISH))
                .endsWith("allowed next phases: -");
        for (WorkflowPhase p : WorkflowPhase.values()) {
            assertThat(p.canMoveTo(p)).as("%s to itself", p).isFalse();
        }
    }
}
