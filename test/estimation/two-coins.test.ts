/**
 * The two-coin experiment of Do & Batzoglou (2008) through `binomial-mixture` with the weights fixed
 * at ½, ½. Expected values: test/fixtures/em_two_coins_do_batzoglou_2008.json, a copy of the shared
 * reference case (numpy float64 cross-checked with 60-digit mpmath; see its `source` and `tools`).
 * The library's log-likelihood is the full one, so it is compared with the file's 'binomial' variant
 * (the 'sequence' variant plus Σ log C(10, h_i)).
 */
import { describe, expect, it } from "vitest";
import { fitBinomialMixture, runBinomialMixture } from "../../lib/estimation/models/binomial-mixture";
import { expectAllClose, expectClose, expectNonDecreasing, readFixture } from "./em-helpers";

interface TwoCoins {
  source: string;
  tools: Record<string, string>;
  data: { heads: number[]; tails: number[]; tosses_per_set: number };
  settings: { init: { thetaA: number; thetaB: number }; coin_prior: number[] };
  expected: {
    iteration1: {
      responsibilities_A: number[];
      responsibilities_B: number[];
      expected_heads_A: number[];
      expected_tails_A: number[];
      expected_heads_B: number[];
      expected_tails_B: number[];
      total_heads_A: number;
      total_tails_A: number;
      total_heads_B: number;
      total_tails_B: number;
    };
    theta_per_iteration: { thetaA: number[]; thetaB: number[] };
    loglik_per_iteration: { sequence: number[]; binomial: number[]; sum_log_binom_coef: number };
    converged_fixed_point: { thetaA: number; thetaB: number; loglik_binomial: number };
    paper_printed_values: {
      after_iteration_1: { thetaA: number; thetaB: number };
      after_iteration_10: { thetaA: number; thetaB: number };
      iteration1_responsibilities_A: number[];
    };
  };
}

const reference = readFixture<TwoCoins>("em_two_coins_do_batzoglou_2008.json");
const { heads, tails } = reference.data;
const data = { successes: heads, trials: heads.map((h, i) => h + (tails[i] as number)) };
const init = {
  weights: reference.settings.coin_prior,
  thetas: [reference.settings.init.thetaA, reference.settings.init.thetaB],
};
const EXACT = 1e-10; // the reference's stated tolerance for its float64 recurrence

function tenIterations() {
  return fitBinomialMixture(data, init, { fixWeights: true, tol: 0, maxIter: 10, history: true, responsibilities: true });
}

describe("two coins (Do & Batzoglou 2008) — binomial-mixture with fixed weights ½, ½", () => {
  it("the reference file is the shared one, with its provenance", () => {
    expect(reference.source).toMatch(/Do, C\.B\. & Batzoglou/);
    expect(reference.tools.mpmath).toBeDefined();
  });

  it("θA and θB after each of 10 iterations match the reference to 1e-10 relative", () => {
    const fit = tenIterations();
    expect(fit.iterations).toBe(10);
    expect(fit.converged).toBe(false);
    const history = fit.history ?? [];
    expect(history).toHaveLength(11);
    expectAllClose(
      history.map((entry) => entry.params.thetas[0] as number),
      reference.expected.theta_per_iteration.thetaA,
      EXACT,
      "thetaA",
    );
    expectAllClose(
      history.map((entry) => entry.params.thetas[1] as number),
      reference.expected.theta_per_iteration.thetaB,
      EXACT,
      "thetaB",
    );
    for (const entry of history) expect(entry.params.weights).toEqual([0.5, 0.5]);
    expectAllClose(
      fit.params.thetas,
      [reference.expected.theta_per_iteration.thetaA[10] as number, reference.expected.theta_per_iteration.thetaB[10] as number],
      EXACT,
      "final thetas",
    );
  });

  it("the full log-likelihood per iteration is the reference's 'binomial' variant, to 1e-10 relative", () => {
    const fit = tenIterations();
    const logLikelihoods = (fit.history ?? []).map((entry) => entry.logLikelihood);
    expectAllClose(logLikelihoods, reference.expected.loglik_per_iteration.binomial, EXACT, "loglik");
    // And it is the 'sequence' variant plus the binomial coefficients (both from the file).
    const { sequence, sum_log_binom_coef } = reference.expected.loglik_per_iteration;
    expectAllClose(
      logLikelihoods,
      sequence.map((value) => value + sum_log_binom_coef),
      EXACT,
      "sequence + log C",
    );
    expectNonDecreasing(logLikelihoods, "two coins");
    expectClose(fit.logLikelihood, reference.expected.loglik_per_iteration.binomial[10] as number, EXACT, "final");
  });

  it("the responsibilities of iteration 1 (and the expected counts made from them) match", () => {
    const fit = tenIterations();
    const responsibilities = fit.history?.[1]?.responsibilities ?? [];
    const expected = reference.expected.iteration1;
    expectAllClose(
      responsibilities.map((row) => row[0] as number),
      expected.responsibilities_A,
      EXACT,
      "r_A",
    );
    expectAllClose(
      responsibilities.map((row) => row[1] as number),
      expected.responsibilities_B,
      EXACT,
      "r_B",
    );
    const expectedHeadsA = responsibilities.map((row, i) => (row[0] as number) * (heads[i] as number));
    const expectedTailsB = responsibilities.map((row, i) => (row[1] as number) * (tails[i] as number));
    expectAllClose(expectedHeadsA, expected.expected_heads_A, EXACT, "expected heads A");
    expectAllClose(expectedTailsB, expected.expected_tails_B, EXACT, "expected tails B");
    expectClose(
      expectedHeadsA.reduce((a, b) => a + b, 0),
      expected.total_heads_A,
      EXACT,
      "total heads A",
    );
    expect(fit.history?.[0]?.responsibilities).toBeUndefined();
  });

  it("rounds to the values printed in the paper's figure", () => {
    const fit = tenIterations();
    const printed = reference.expected.paper_printed_values;
    const after1 = fit.history?.[1]?.params.thetas ?? [];
    expect(Math.abs((after1[0] as number) - printed.after_iteration_1.thetaA)).toBeLessThanOrEqual(0.005);
    expect(Math.abs((after1[1] as number) - printed.after_iteration_1.thetaB)).toBeLessThanOrEqual(0.005);
    expect(Math.abs((fit.params.thetas[0] as number) - printed.after_iteration_10.thetaA)).toBeLessThanOrEqual(0.005);
    expect(Math.abs((fit.params.thetas[1] as number) - printed.after_iteration_10.thetaB)).toBeLessThanOrEqual(0.005);
    const responsibilitiesA = (fit.history?.[1]?.responsibilities ?? []).map((row) => row[0] as number);
    responsibilitiesA.forEach((value, i) =>
      expect(Math.abs(value - (printed.iteration1_responsibilities_A[i] as number))).toBeLessThanOrEqual(0.005),
    );
  });

  it("run to its fixed point, EM reaches the reference's limit (1e-8 absolute on θ, as the file allows)", () => {
    const fit = fitBinomialMixture(data, init, { fixWeights: true, tol: 0, maxIter: 300 });
    const limit = reference.expected.converged_fixed_point;
    expect(Math.abs((fit.params.thetas[0] as number) - limit.thetaA)).toBeLessThanOrEqual(1e-8);
    expect(Math.abs((fit.params.thetas[1] as number) - limit.thetaB)).toBeLessThanOrEqual(1e-8);
    expectClose(fit.logLikelihood, limit.loglik_binomial, 1e-12, "loglik at the limit");
  });

  it("with the default stopping rule (tol 1e-8 on the log-likelihood) it stops near the limit", () => {
    const fit = fitBinomialMixture(data, init, { fixWeights: true });
    const limit = reference.expected.converged_fixed_point;
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeGreaterThan(10);
    expect(fit.iterations).toBeLessThan(1000);
    // A rise below 1e-8 at linear rate ρ < ½ leaves a gap below 1e-8 in ℓ, hence about 1e-4 in θ.
    expect(limit.loglik_binomial - fit.logLikelihood).toBeLessThan(1e-7);
    expect(limit.loglik_binomial - fit.logLikelihood).toBeGreaterThanOrEqual(0);
    expect(Math.abs((fit.params.thetas[0] as number) - limit.thetaA)).toBeLessThan(1e-3);
    expect(Math.abs((fit.params.thetas[1] as number) - limit.thetaB)).toBeLessThan(1e-3);
  });

  it("runs the same from a CLI job (weights omitted in init mean equal weights)", () => {
    const job = JSON.parse(
      JSON.stringify({
        model: "binomial-mixture",
        data: { successes: heads, trials: 10 },
        init: { thetas: init.thetas },
        options: { fixWeights: true, tol: 0, maxIter: 10 },
      }),
    );
    const fit = runBinomialMixture(job) as ReturnType<typeof tenIterations>;
    expectAllClose(
      fit.params.thetas,
      [reference.expected.theta_per_iteration.thetaA[10] as number, reference.expected.theta_per_iteration.thetaB[10] as number],
      EXACT,
      "thetas from the CLI job",
    );
    expect(fit.params.weights).toEqual([0.5, 0.5]);
    expect(fit.history).toBeUndefined();
  });
});
