// SPDX-License-Identifier: Apache-2.0
/**
 * Multi-criteria evaluation (综合评价): rank alternatives (projects, units, workers) measured on
 * several criteria with objective methods instead of fixed points.
 *
 * <ul>
 *   <li>Data: a {@link io.github.laborcontest.scoring.mcda.DecisionMatrix} (alternatives ×
 *       criteria, column-major {@code double[]}), a {@link
 *       io.github.laborcontest.scoring.mcda.CriterionType} per criterion and {@link
 *       io.github.laborcontest.scoring.mcda.Weights}.
 *   <li>Normalisations: {@link io.github.laborcontest.scoring.mcda.Normalization}.
 *   <li>Methods: {@link io.github.laborcontest.scoring.mcda.McdaMethod} (WSM, WPM, TOPSIS, VIKOR,
 *       PROMETHEE II), run by {@link io.github.laborcontest.scoring.mcda.Mcda#rank}; the {@link
 *       io.github.laborcontest.scoring.mcda.McdaResult} holds preferences, ranks and, on request,
 *       the intermediate matrices as an {@link io.github.laborcontest.scoring.mcda.Explanation}.
 *   <li>Weights: objective ({@link io.github.laborcontest.scoring.mcda.ObjectiveWeights}: entropy,
 *       CRITIC, standard deviation, equal), subjective ({@link
 *       io.github.laborcontest.scoring.mcda.Ahp}) and their combination ({@link
 *       io.github.laborcontest.scoring.mcda.Weights#combine}).
 *   <li>The ranking JSON contract: {@link io.github.laborcontest.scoring.mcda.McdaJson}; problems
 *       are reported with {@link io.github.laborcontest.scoring.mcda.McdaProblem} codes.
 *   <li>As a scoring step: {@link io.github.laborcontest.scoring.mcda.McdaRanking} ranks
 *       participants.
 * </ul>
 *
 * <p>Arithmetic is IEEE {@code double} (not the exact {@code Points} of the points engine): these
 * methods are defined on real numbers and checked against the literature to its printed precision.
 */
@NullMarked
package io.github.laborcontest.scoring.mcda;

import org.jspecify.annotations.NullMarked;
