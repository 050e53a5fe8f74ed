// The estimation CLI contract (docs/estimation-cli.md): one JSON job on stdin, one JSON result on stdout;
// an invalid job exits with status 2 and prints { "error" }.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EstimationError, MODEL_NAMES, runJob } from "@/lib/estimation";
import linkage from "../fixtures/em_genetic_linkage_dlr1977.json";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function estimate(input: string) {
  const result = spawnSync(tsx, ["scripts/estimate.ts"], { cwd: root, input, encoding: "utf8" });
  return { status: result.status, output: JSON.parse(result.stdout) as Record<string, unknown> };
}

describe("npm run -s estimate", () => {
  it("knows every model of the contract's table", () => {
    expect(new Set(MODEL_NAMES)).toEqual(
      new Set([
        "bernoulli",
        "binomial",
        "categorical",
        "poisson",
        "exponential",
        "normal",
        "lognormal",
        "geometric",
        "uniform",
        "gamma",
        "weibull",
        "linear",
        "logistic",
        "binomial-mixture",
        "poisson-mixture",
        "zip",
        "gmm",
        "mvn-missing",
        "linkage",
      ]),
    );
  });

  it("runs an EM job with history, exactly the contract's fields", () => {
    // Dempster, Laird & Rubin (1977) linkage data; the sequence is the reference case's (mpmath-recomputed).
    const { status, output } = estimate(
      JSON.stringify({
        model: "linkage",
        data: { counts: [125, 18, 20, 34] },
        init: { theta: 0.5 },
        options: { history: true, tol: 0, maxIter: 5 },
      }),
    );
    expect(status).toBe(0);
    expect(Object.keys(output).sort()).toEqual(["converged", "history", "iterations", "logLikelihood", "model", "params"]);
    expect(output).toMatchObject({ model: "linkage", iterations: 5, converged: false });
    const history = output.history as { params: { theta: number } }[];
    expect(history).toHaveLength(6);
    history.forEach((entry, k) => {
      expect(entry.params.theta).toBeCloseTo(linkage.expected.theta_per_iteration[k] as number, 12);
    });
  });

  it("converges under the default tol and reports the full log-likelihood", () => {
    const { status, output } = estimate(JSON.stringify({ model: "linkage", data: { counts: [125, 18, 20, 34] } }));
    expect(status).toBe(0);
    expect(output.converged).toBe(true);
    // The rise from iteration 5 to 6 is below 1e-8 (reference kernel log-likelihoods: −205.71588705239287
    // → −205.71588704601277), so the run returns θ after 6 iterations, within 1e-6 of the MLE.
    expect(output.iterations).toBe(6);
    expect((output.params as { theta: number }).theta).toBeCloseTo(linkage.expected.theta_per_iteration[6] as number, 12);
    expect(Math.abs((output.params as { theta: number }).theta - linkage.expected.mle.theta)).toBeLessThan(1e-6);
    expect(output.logLikelihood as number).toBeCloseTo(linkage.expected.mle.loglik_full, 9);
  });

  it.each([
    ["", /no job/],
    ["{ not json", /not valid JSON/],
    ["[1, 2]", /JSON object/],
    [JSON.stringify({ data: [1] }), /"model" is required/],
    [JSON.stringify({ model: "nope", data: [1] }), /unknown model "nope"/],
    [JSON.stringify({ model: "poisson" }), /"data" is required/],
    [JSON.stringify({ model: "poisson", data: [] }), /empty/],
    [JSON.stringify({ model: "poisson", data: [1, -2] }), /negative/],
    [JSON.stringify({ model: "poisson", data: [1], options: { tol: "small" } }), /options\.tol must be a number/],
    [JSON.stringify({ model: "poisson", data: [1], options: { colour: 1 } }), /unknown option "colour"/],
    [JSON.stringify({ model: "linkage", data: { counts: [1, 2, 3, 4] }, options: { tol: -1 } }), /tol/],
    [JSON.stringify({ model: "bernoulli", data: [0, 1, 2] }), /0 or 1/],
    // Names inherited from Object.prototype are not models or options.
    [JSON.stringify({ model: "toString", data: [1] }), /unknown model "toString"/],
    ['{"model":"__proto__","data":[1]}', /unknown model "__proto__"/],
    [JSON.stringify({ model: "poisson", data: [1], options: { constructor: 1 } }), /unknown option "constructor"/],
    [
      JSON.stringify({ model: "linkage", data: { counts: [1, 2, 3, 4] }, options: { maxIter: 1e8 } }),
      /maxIter must be a whole number from 0 to 1000000/,
    ],
  ])("rejects %s with status 2 and a message", (input, message) => {
    const { status, output } = estimate(input);
    expect(status).toBe(2);
    expect(Object.keys(output)).toEqual(["error"]);
    expect(output.error).toMatch(message);
  });
});

describe("runJob", () => {
  it("gives every model's result in the contract's shape", () => {
    const shapes: [object, string[]][] = [
      [{ model: "bernoulli", data: [0, 1, 1] }, ["p"]],
      [{ model: "categorical", data: { counts: [2, 3, 5] } }, ["probabilities"]],
      [{ model: "normal", data: [1, 2, 4] }, ["mean", "variance"]],
      [{ model: "lognormal", data: [1, 2, 4] }, ["meanlog", "sdlog"]],
      [{ model: "gamma", data: [1.2, 0.5, 2.2, 3.1] }, ["rate", "shape"]],
      [{ model: "weibull", data: [1.2, 0.5, 2.2, 3.1] }, ["scale", "shape"]],
      [{ model: "linear", data: { X: [[1], [2], [3], [4]], y: [1.1, 1.9, 3.2, 3.9] } }, ["coefficients", "variance"]],
      [{ model: "logistic", data: { X: [[1], [2], [3], [4], [5], [6]], y: [0, 0, 1, 0, 1, 1] } }, ["coefficients"]],
      [{ model: "zip", data: [0, 0, 0, 1, 2, 0, 3] }, ["lambda", "pi"]],
      [{ model: "gmm", data: [1, 2, 3, 10, 11, 12], options: { components: 2 } }, ["means", "variances", "weights"]],
      [
        {
          model: "gmm",
          data: [
            [1, 2],
            [1.5, 1.8],
            [5, 8],
            [8, 8],
            [1, 0.6],
            [9, 11],
          ],
          options: { components: 2 },
        },
        ["covariances", "means", "weights"],
      ],
      [
        {
          model: "mvn-missing",
          data: [
            [1, 2],
            [2, null],
            [3, 3.5],
            [null, 5],
            [2, 3.1],
            [4, 4.4],
          ],
        },
        ["covariance", "mean"],
      ],
    ];
    for (const [job, keys] of shapes) {
      const result = runJob(job);
      expect(Object.keys(result.params).sort(), JSON.stringify(job)).toEqual(keys);
      expect(Number.isFinite(result.logLikelihood)).toBe(true);
    }
    const gmm2 = runJob(shapes[10]?.[0]).params as { means: number[][]; covariances: number[][][] };
    expect(gmm2.means.map((row) => row.length)).toEqual([2, 2]);
    expect(gmm2.covariances.map((matrix) => matrix.map((row) => row.length))).toEqual([
      [2, 2],
      [2, 2],
    ]);
  });

  it("never returns a result with a number JSON cannot hold", () => {
    // rate = 1 / 1e-320 overflows to Infinity, which JSON would print as null.
    expect(() => runJob({ model: "exponential", data: [1e-320] })).toThrow(EstimationError);
  });
});
