// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.internal;

import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.AwardId;
import io.github.laborcontest.awards.AwardProblem;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.Condition;
import io.github.laborcontest.awards.spi.CustomPredicate;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Content checks of award definitions and candidate lists, each problem with its JSON path. */
public final class DefinitionChecks {

    private DefinitionChecks() {}

    /**
     * Checks one definition: custom predicates known and their parameters accepted, flag reason
     * present.
     *
     * @param d the definition
     * @param path its JSON path
     * @param predicates finds predicates by name
     * @param known the names of all registered predicates, for the message
     * @return the problems, empty when fine
     */
    public static List<Problem> check(
            AwardDefinition d,
            String path,
            Function<String, Optional<CustomPredicate>> predicates,
            Collection<String> known) {
        List<Problem> out = new ArrayList<>();
        walk(d.eligibility(), path + ".eligibility", predicates, known, out);
        for (int i = 0; i < d.exclusions().size(); i++) {
            walk(d.exclusions().get(i).when(), path + ".exclusions[" + i + "].when", predicates, known, out);
        }
        d.flagWhen().ifPresent(f -> walk(f, path + ".flagWhen", predicates, known, out));
        if (d.flagWhen().isPresent() && d.flagReason().isEmpty()) {
            out.add(Problem.at(AwardProblem.FLAG_REASON_MISSING, path + ".flagReason"));
        }
        return out;
    }

    /**
     * Checks a list of definitions: each one, and ids unique.
     *
     * @param defs the definitions
     * @param predicates finds predicates by name
     * @param known the names of all registered predicates
     * @return the problems, empty when fine
     */
    public static List<Problem> checkAll(
            List<AwardDefinition> defs,
            Function<String, Optional<CustomPredicate>> predicates,
            Collection<String> known) {
        List<Problem> out = new ArrayList<>();
        Map<AwardId, Integer> seen = new HashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            AwardDefinition d = defs.get(i);
            out.addAll(check(d, "$[" + i + "]", predicates, known));
            if (seen.putIfAbsent(d.id(), i) != null) {
                out.add(Problem.at(AwardProblem.DUPLICATE_AWARD, "$[" + i + "].id", d.id()));
            }
        }
        return out;
    }

    private static void walk(
            Condition c,
            String path,
            Function<String, Optional<CustomPredicate>> predicates,
            Collection<String> known,
            List<Problem> out) {
        if (c instanceof Condition.AllOf a) {
            for (int i = 0; i < a.conditions().size(); i++) {
                walk(a.conditions().get(i), path + ".conditions[" + i + "]", predicates, known, out);
            }
        } else if (c instanceof Condition.AnyOf a) {
            for (int i = 0; i < a.conditions().size(); i++) {
                walk(a.conditions().get(i), path + ".conditions[" + i + "]", predicates, known, out);
            }
        } else if (c instanceof Condition.Not n) {
            walk(n.condition(), path + ".condition", predicates, known, out);
        } else if (c instanceof Condition.Custom cu) {
            Optional<CustomPredicate> p = predicates.apply(cu.predicate());
            if (p.isEmpty()) {
                out.add(Problem.at(
                        AwardProblem.UNKNOWN_PREDICATE,
                        path + ".predicate",
                        cu.predicate(),
                        known.isEmpty() ? "—" : String.join(", ", known)));
            } else {
                List<String> bad;
                try {
                    bad = p.get().checkParams(cu.params());
                } catch (RuntimeException e) {
                    bad = List.of(String.valueOf(e.getMessage()));
                }
                for (String b : bad) {
                    out.add(Problem.at(AwardProblem.BAD_PREDICATE_PARAMS, path + ".params", cu.predicate(), b));
                }
            }
        }
    }

    /**
     * Checks a candidate list: ids unique, equal ranks marked as shared, entrants not below the
     * number of candidates.
     *
     * @param candidates the candidates
     * @param entrants the declared entrants, if any
     * @param prefix the JSON path of the list, for example {@code $.candidates}
     * @return the problems, empty when fine
     */
    public static List<Problem> checkCandidates(List<Candidate> candidates, Optional<Integer> entrants, String prefix) {
        List<Problem> out = new ArrayList<>();
        Map<ParticipantId, Integer> ids = new HashMap<>();
        Map<Integer, Candidate> byRank = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String path = prefix + "[" + i + "]";
            if (ids.putIfAbsent(c.participant(), i) != null) {
                out.add(Problem.forParticipant(
                        AwardProblem.DUPLICATE_CANDIDATE,
                        path + ".participant",
                        c.participant().value(),
                        c.participant()));
            }
            if (c.rank().isPresent()) {
                Candidate other = byRank.putIfAbsent(c.rank().get(), c);
                if (other != null && !(c.rankShared() && other.rankShared())) {
                    out.add(Problem.forParticipant(
                            AwardProblem.RANK_SHARE_INCONSISTENT,
                            path + ".rankShared",
                            c.participant().value(),
                            c.rank().get(),
                            other.participant()));
                }
            }
        }
        if (entrants.isPresent() && entrants.get() < candidates.size()) {
            out.add(Problem.at(
                    AwardProblem.ENTRANTS_BELOW_CANDIDATES, "$.entrants", entrants.get(), candidates.size()));
        }
        return out;
    }
}
