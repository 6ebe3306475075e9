// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.List;

/**
 * VIKOR's two conditions on the alternative a′ with the best (lowest) Q, and the compromise set
 * they imply (Opricovic &amp; Tzeng 2004).
 *
 * @param acceptableAdvantage C1: {@code Q(a″) − Q(a′) >= DQ} (within the result's tolerance,
 *     absolute since Q lies in [0, 1]), a″ second by Q
 * @param acceptableStability C2: a′ is also best (within the tolerance) by S or by R
 * @param dq {@code DQ = 1/(m − 1)}; 0 for a single alternative
 * @param compromise the 0-based alternatives of the compromise solution: a′ alone if C1 and C2
 *     hold; a′ and a″ if only C2 fails; else a′ … a⁽ᴹ⁾, all with {@code Q − Q(a′) < DQ}
 * @since 0.1.0
 */
public record VikorConditions(
        boolean acceptableAdvantage, boolean acceptableStability, double dq, List<Integer> compromise) {
    /** Copies the list. */
    public VikorConditions {
        compromise = List.copyOf(compromise);
    }
}
