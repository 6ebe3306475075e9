// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many candidates an award may select (名额), applied after eligibility in rank order: a
 * count, or a percentage of the entrants (or of the eligible candidates) rounded as stated, with
 * the rule for candidates tied at the boundary. Candidates that are undetermined or flagged keep
 * their place in rank order (their place is reserved, not given to the next one); with {@link
 * #backfill()} (递补, the default) an ineligible candidate's place goes to the next eligible one,
 * without it an ineligible candidate's place stays empty.
 *
 * @param count a number of places, or
 * @param percent a percentage, in (0, 100]
 * @param base what the percentage is of; the entrants unless declared
 * @param rounding how a percentage is rounded; down unless declared
 * @param ties what happens at a tied boundary; flagged for a human decision unless declared
 * @param tieBreakers the chain used by {@link BoundaryTies#TIE_BREAKER}
 * @param backfill whether places of ineligible candidates go to the next eligible ones
 * @since 0.1.0
 */
public record Quota(
        Optional<Integer> count,
        Optional<BigDecimal> percent,
        QuotaBase base,
        QuotaRounding rounding,
        BoundaryTies ties,
        List<TieBreak> tieBreakers,
        Optional<Boolean> backfill) {

    /** Checks the fields and applies the defaults. */
    public Quota {
        count = count == null ? Optional.empty() : count;
        percent = percent == null ? Optional.empty() : percent;
        base = base == null ? QuotaBase.ENTRANTS : base;
        rounding = rounding == null ? QuotaRounding.DOWN : rounding;
        ties = ties == null ? BoundaryTies.FLAG : ties;
        tieBreakers = tieBreakers == null ? List.of() : List.copyOf(tieBreakers);
        backfill = backfill == null ? Optional.empty() : backfill;
        if (count.isPresent() == percent.isPresent()) {
            throw new IllegalArgumentException("a quota needs exactly one of count and percent");
        }
        if (count.isPresent() && count.get() < 0) {
            throw new IllegalArgumentException("count (" + count.get() + ") must not be negative");
        }
        if (percent.isPresent()
                && (percent.get().signum() <= 0 || percent.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("percent (" + percent.get() + ") must be within (0, 100]");
        }
        if (ties == BoundaryTies.TIE_BREAKER && tieBreakers.isEmpty()) {
            throw new IllegalArgumentException("ties tie-breaker needs at least one tieBreakers entry");
        }
    }

    /**
     * A fixed number of places.
     *
     * @param count the places
     * @param ties the boundary-tie rule
     * @return the quota
     */
    public static Quota ofCount(int count, BoundaryTies ties) {
        return new Quota(
                Optional.of(count),
                Optional.empty(),
                QuotaBase.ENTRANTS,
                QuotaRounding.DOWN,
                ties,
                List.of(),
                Optional.empty());
    }

    /**
     * A percentage of the entrants.
     *
     * @param percent the percentage, as decimal text
     * @param rounding how it is rounded
     * @param ties the boundary-tie rule
     * @return the quota
     */
    public static Quota ofPercent(String percent, QuotaRounding rounding, BoundaryTies ties) {
        return new Quota(
                Optional.empty(),
                Optional.of(new BigDecimal(percent)),
                QuotaBase.ENTRANTS,
                rounding,
                ties,
                List.of(),
                Optional.empty());
    }

    /**
     * The same quota with a tie-breaker chain, used at the boundary.
     *
     * @param chain the links, in order
     * @return the quota with {@link BoundaryTies#TIE_BREAKER}
     */
    public Quota withTieBreakers(List<TieBreak> chain) {
        return new Quota(count, percent, base, rounding, BoundaryTies.TIE_BREAKER, chain, backfill);
    }

    /**
     * The same quota with or without backfill (递补).
     *
     * @param value whether ineligible candidates' places go to the next ones
     * @return the quota
     */
    public Quota withBackfill(boolean value) {
        return new Quota(count, percent, base, rounding, ties, tieBreakers, Optional.of(value));
    }

    /** Whether places of ineligible candidates go to the next eligible ones (递补); true unless declared. */
    public boolean backfillOrDefault() {
        return backfill.orElse(true);
    }

    /**
     * The number of places: the count, or percent × base / 100 rounded as declared.
     *
     * @param entrants the number of entrants of the event
     * @param eligible the number of eligible candidates
     * @return the places, at least zero
     */
    public int places(int entrants, int eligible) {
        if (count.isPresent()) {
            return count.get();
        }
        int b = base == QuotaBase.ELIGIBLE ? eligible : entrants;
        return rounding.apply(
                percent.orElseThrow().multiply(BigDecimal.valueOf(b)).divide(BigDecimal.valueOf(100)));
    }

    /**
     * The quota as text for people, for example 名额：参赛总数的 20%（向下取整）；边界并列：提交人工决定.
     *
     * @return the text
     */
    public LocalizedText describe() {
        String zh = count.map(c -> "名额 " + c + " 个")
                        .orElseGet(() -> "名额为" + base.label().zh() + "的 "
                                + percent.orElseThrow().toPlainString() + "%（"
                                + rounding.label().zh() + "）")
                + "；边界并列：" + ties.label().zh()
                + (backfillOrDefault() ? "；不符合条件者的名额依次递补" : "；不符合条件者的名额不递补");
        String en = count.map(c -> c + " places")
                        .orElseGet(() -> percent.orElseThrow().toPlainString() + "% of "
                                + base.label().en() + " (" + rounding.label().en() + ")")
                + "; ties at the boundary: " + ties.label().en()
                + (backfillOrDefault()
                        ? "; places of ineligible candidates go to the next in rank"
                        : "; places of ineligible candidates stay empty");
        return LocalizedText.of(zh, en);
    }

    /** Equal when the fields are equal, percentages compared numerically (20 equals 20.0). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Quota q
                && count.equals(q.count)
                && percent.map(BigDecimal::stripTrailingZeros).equals(q.percent.map(BigDecimal::stripTrailingZeros))
                && base == q.base
                && rounding == q.rounding
                && ties == q.ties
                && tieBreakers.equals(q.tieBreakers)
                && backfill.equals(q.backfill);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                count, percent.map(BigDecimal::stripTrailingZeros), base, rounding, ties, tieBreakers, backfill);
    }
}
