// SPDX-License-Identifier: Apache-2.0
package org.example.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.laborcontest.awards.AwardDecision;
import io.github.laborcontest.scoring.RankedEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitySkillContestTest {

  /**
   * skill-contest@2026.1: total = 0.3 × theory + 0.7 × practical; practical = mean of the marks
   * without the highest and the lowest (three judges: the middle mark).
   *
   * <pre>
   * W-1: theory 90; marks 80, 85, 90 → 85; 27 + 59.5 = 86.50
   * W-2: theory 70; marks 90, 92, 94 → 92; 21 + 64.4 = 85.40
   * W-3: theory 60 (50 reversed, replaced by 60); marks 50, 60, 100 → 60; 18 + 42 = 60.00
   * </pre>
   */
  @Test
  void theCitySystemRanksTheWeldersAndRecommendsTheWinner() {
    CitySkillContest.Outcome o = CitySkillContest.run();
    List<RankedEntry> ranking = o.result().overall().entries();
    assertEquals(3, ranking.size());
    assertEquals("W-1", ranking.get(0).participant().value());
    assertEquals(new BigDecimal("86.50"), ranking.get(0).total().value());
    assertEquals("W-2", ranking.get(1).participant().value());
    assertEquals(new BigDecimal("85.40"), ranking.get(1).total().value());
    assertEquals("W-3", ranking.get(2).participant().value());
    assertEquals(new BigDecimal("60.00"), ranking.get(2).total().value());

    List<AwardDecision> selected = o.medal().selected();
    assertEquals(1, selected.size());
    assertEquals("W-1", selected.get(0).participant().value());

    assertTrue(o.ledger().sound());
    assertEquals(5, o.ledger().checked());
  }
}
