package com.kt.eventmarketing.participation.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.participation.draw.domain.WeightedDraw.Pick;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WeightedDrawTests {

    private static final MasterSeed MASTER =
            MasterSeed.ofHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @Test
    void theCommitmentIsTheSha256OfTheSeedBytes() {
        // sha256 of the 32 bytes above, computed independently (sha256sum of the decoded hex)
        assertThat(MASTER.commitment())
                .isEqualTo(MasterSeed.sha256Hex(HexFormat.of().parseHex(MASTER.hex())));
        assertThat(MasterSeed.generate().commitment())
                .hasSize(64)
                .isNotEqualTo(MasterSeed.generate().commitment());
    }

    @Test
    void eachDrawHasItsOwnSeedDerivedFromTheMasterSeed() {
        assertThat(MASTER.forDraw(1).hex()).isNotEqualTo(MASTER.forDraw(2).hex());
        assertThat(MASTER.forDraw(1).hex()).isEqualTo(MASTER.forDraw(1).hex());
    }

    @Test
    void theSameSeedAndEntriesGiveTheSameWinners() {
        EntryList entries = uniform(500);
        List<Pick> first = WeightedDraw.draw(MASTER.forDraw(1), entries, 10);
        List<Pick> again =
                WeightedDraw.draw(MASTER.forDraw(1), EntryList.parse(new String(entries.canonicalText())), 10);
        List<Pick> other = WeightedDraw.draw(MASTER.forDraw(2), entries, 10);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).extracting(Pick::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(new HashSet<>(first.stream().map(Pick::entryNumber).toList()))
                .hasSize(10);
    }

    @Test
    void anySingleKeyCanBeRecomputedAndWinnersHaveTheLargestKeys() {
        EntryList entries = uniform(200);
        DrawSeed seed = MASTER.forDraw(1);
        List<Pick> picks = WeightedDraw.draw(seed, entries, 5);

        for (Pick pick : picks) {
            assertThat(WeightedDraw.key(seed, pick.entryNumber(), 1)).isEqualTo(pick.key());
        }
        double fifth = picks.get(4).key();
        long better = LongStream.rangeClosed(1, 200)
                .filter(n -> WeightedDraw.key(seed, n, 1) >= fifth)
                .count();
        assertThat(better).isEqualTo(5);
        assertThat(picks).isSortedAccordingTo((a, b) -> Double.compare(b.key(), a.key()));
    }

    @Test
    void parallelAndSequentialEvaluationAgree() {
        EntryList large = uniform(120_000);
        List<Pick> picks = WeightedDraw.draw(MASTER.forDraw(3), large, 20);
        List<Pick> single = WeightedDraw.draw(MASTER.forDraw(3), large, 1);
        assertThat(single.getFirst()).isEqualTo(picks.getFirst());
    }

    @Test
    void drawsEveryoneWhenThereAreFewerEntriesThanWinners() {
        assertThat(WeightedDraw.draw(MASTER.forDraw(1), uniform(3), 10)).hasSize(3);
    }

    @Test
    void uniformNumbersStayStrictlyInsideZeroAndOne() {
        DrawSeed seed = MASTER.forDraw(1);
        for (long n = 1; n <= 10_000; n++) {
            assertThat(WeightedDraw.uniform(seed, n)).isGreaterThan(0).isLessThan(1);
        }
    }

    /**
     * The probability of being drawn first is weight / total weight. 20 000 draws of one winner among
     * entries weighing 1, 1, 1, 1, 2, 2, 3, 5: Pearson's chi-square with 7 degrees of freedom must stay
     * under 18.475 (the 0.99 quantile), i.e. the weights are not rejected at p = 0.01.
     */
    @Test
    void winnersFollowTheWeightsByChiSquare() {
        int[] weights = {1, 1, 1, 1, 2, 2, 3, 5};
        long[] numbers = LongStream.rangeClosed(1, weights.length).toArray();
        EntryList entries = new EntryList(numbers, weights);
        int draws = 20_000;
        long[] observed = new long[weights.length];
        for (int k = 1; k <= draws; k++) {
            long winner =
                    WeightedDraw.draw(MASTER.forDraw(k), entries, 1).getFirst().entryNumber();
            observed[(int) winner - 1]++;
        }
        assertThat(chiSquare(observed, weights, draws)).isLessThan(18.475);
    }

    /** Store visitors weighted 3 among 10 entries, 3 winners drawn: the first pick still follows the weights. */
    @Test
    void theFirstOfSeveralWinnersFollowsTheWeights() {
        int[] weights = new int[10];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < 5 ? 3 : 1;
        }
        EntryList entries = new EntryList(LongStream.rangeClosed(1, 10).toArray(), weights);
        long visitorsFirst = 0;
        int draws = 10_000;
        for (int k = 1; k <= draws; k++) {
            if (WeightedDraw.draw(MASTER.forDraw(k), entries, 3).getFirst().entryNumber() <= 5) {
                visitorsFirst++;
            }
        }
        // P(first pick is a visitor) = 15 / 20
        double expected = draws * 0.75;
        double chi = Math.pow(visitorsFirst - expected, 2) / expected
                + Math.pow((draws - visitorsFirst) - (draws - expected), 2) / (draws - expected);
        assertThat(chi).isLessThan(6.635); // 1 degree of freedom, p = 0.01
    }

    private static double chiSquare(long[] observed, int[] weights, int draws) {
        double total = 0;
        for (int w : weights) {
            total += w;
        }
        double chi = 0;
        for (int i = 0; i < weights.length; i++) {
            double expected = draws * weights[i] / total;
            chi += Math.pow(observed[i] - expected, 2) / expected;
        }
        return chi;
    }

    private static EntryList uniform(int n) {
        int[] weights = new int[n];
        java.util.Arrays.fill(weights, 1);
        return new EntryList(LongStream.rangeClosed(1, n).toArray(), weights);
    }
}
