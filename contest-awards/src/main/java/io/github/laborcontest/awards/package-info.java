// SPDX-License-Identifier: Apache-2.0
/**
 * Award eligibility, quotas and recommendations (激励奖励、评先树优) as pure functions. An {@link
 * io.github.laborcontest.awards.AwardDefinition} is data: a {@link
 * io.github.laborcontest.awards.Condition} tree (and / or / not over candidate facts, quantities,
 * ranks, organisers, scope and dates), exclusions, an optional "flag for a human" condition and a
 * {@link io.github.laborcontest.awards.Quota}. The {@link io.github.laborcontest.awards.AwardEngine}
 * evaluates it with three-valued logic (passed / failed / unknown: a missing fact is never taken as
 * false) over {@link io.github.laborcontest.awards.Candidate}s and returns decisions that carry
 * every condition with the facts used, in Chinese and English.
 */
@ContestStyle
@NullMarked
package io.github.laborcontest.awards;

import io.github.laborcontest.model.style.ContestStyle;
import org.jspecify.annotations.NullMarked;
