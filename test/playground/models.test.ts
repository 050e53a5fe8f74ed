// The playground's models: which data each accepts (messages naming the row and column), the jobs it
// builds for runJob, and AIC/BIC. Reference log-likelihoods are R 4.2.2's, printed with
// options(digits = 15) on the shipped data sets:
//   x <- faithful$waiting; s2 <- mean((x - mean(x))^2); sum(dnorm(x, mean(x), sqrt(s2), log = TRUE))  -1095.2888005
//   sum(dpois(discoveries, mean(discoveries), log = TRUE))                                           -216.845659848
//   lr <- log(rivers); sum(dlnorm(rivers, mean(lr), sqrt(mean((lr - mean(lr))^2)), log = TRUE))       -996.325488392405
//   sum(dexp(precip, 1 / mean(precip), log = TRUE))                                                   -318.64541888349
import { describe, expect, it } from "vitest";
import { runJob } from "@/lib/estimation";
import { indexOfBest, informationCriteria } from "@/lib/playground/criteria";
import { parseCsv, tableFromColumns, type Table } from "@/lib/playground/csv";
import { findDataset } from "@/lib/playground/datasets";
import { handleRequest, runFit, type WorkerMessage } from "@/lib/playground/fit-runner";
import { MODELS_BY_ID, PLAYGROUND_MODELS, prepareJob, type FitSettings } from "@/lib/playground/models";

function csv(text: string): Table {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function datasetTable(id: string): Table {
  const dataset = findDataset(id);
  if (!dataset) throw new Error(id);
  return tableFromColumns(dataset.columns);
}

function prepare(modelId: string, table: Table, columns: number[], settings: FitSettings = { k: 2 }) {
  const model = MODELS_BY_ID.get(modelId);
  if (!model) throw new Error(modelId);
  return prepareJob(model, table, columns, settings);
}

function fitOf(modelId: string, table: Table, columns: number[], settings: FitSettings = { k: 2 }) {
  const prepared = prepare(modelId, table, columns, settings);
  if (!prepared.ok) throw new Error(prepared.message);
  return runFit(
    prepared.value,
    () => {},
    () => 0,
  );
}

describe("the model list", () => {
  it("offers every model of runJob", () => {
    const offered = new Set(PLAYGROUND_MODELS.map((model) => model.model));
    expect(offered).toEqual(
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
    expect(new Set(PLAYGROUND_MODELS.map((model) => model.id)).size).toBe(PLAYGROUND_MODELS.length);
  });
});

describe("prepareJob: what each model cannot take", () => {
  const t = csv("x,y\n1.5,2\n-3,0\n4,1");

  it("a negative value for a positive model", () => {
    expect(prepare("lognormal", t, [0])).toEqual({
      ok: false,
      message: "Row 2 (line 3), column “x”: −3 is negative. The Lognormal model needs values > 0 as its values.",
    });
    expect(prepare("exponential", t, [0]).ok).toBe(false);
  });

  it("a non-integer for a count model, and a value other than 0 or 1 for a binary one", () => {
    expect(prepare("poisson", t, [0])).toEqual({
      ok: false,
      message: expect.stringContaining("Row 1 (line 2), column “x”: 1.5 is not a whole number"),
    });
    expect(prepare("bernoulli", t, [1])).toEqual({
      ok: false,
      message: expect.stringContaining("Row 1 (line 2), column “y”: 2 is neither 0 nor 1"),
    });
    expect(prepare("geometric-trials", t, [1])).toEqual({
      ok: false,
      message: expect.stringContaining("Row 2 (line 3), column “y”: 0 is below 1"),
    });
  });

  it("a non-numeric cell, with its row and column", () => {
    expect(prepare("normal", csv("v\n1\n2\nn/a"), [0])).toEqual({
      ok: false,
      message: "Row 3 (line 4), column “v” holds “n/a”, which is not a number.",
    });
  });

  it("too few values, depending on K for a mixture", () => {
    expect(prepare("normal", csv("v\n1"), [0])).toEqual({
      ok: false,
      message: expect.stringContaining("Too few values: Normal needs at least 2 rows"),
    });
    expect(prepare("gmm", csv("v\n1\n2\n3\n4\n5"), [0], { k: 3 })).toEqual({
      ok: false,
      message: expect.stringContaining("with K = 3 needs at least 6 rows; the column has 5"),
    });
  });

  it("more successes than trials, and the same column twice", () => {
    expect(prepare("binomial", csv("s,n\n3,2"), [0, 1])).toEqual({
      ok: false,
      message: expect.stringContaining("more successes than trials"),
    });
    expect(prepare("gmm-2d", t, [0, 0])).toEqual({ ok: false, message: "Choose two different columns for x and y." });
  });

  it("two-column models on one column", () => {
    expect(prepare("linear", csv("v\n1\n2\n3"), [0])).toEqual({ ok: false, message: expect.stringContaining("needs 2 columns") });
  });

  it("builds the job the CLI would take", () => {
    const prepared = prepare("gmm-2d", datasetTable("faithful"), [0, 1], { k: 3, maxIter: 50, tol: 0, seed: 4 });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.value.job.model).toBe("gmm");
    expect(prepared.value.job.options).toEqual({ components: 3, maxIter: 50, tol: 0, seed: 4 });
    expect((prepared.value.job.data as number[][])[0]).toEqual([3.6, 79]);
    // K − 1 weights, 2K means, 3K covariance entries.
    expect(prepared.value.parameters).toBe(2 + 6 + 9);
    expect(prepared.value.n).toBe(272);
  });

  it("reads empty cells as missing for the bivariate normal with missing values", () => {
    const prepared = prepare("mvn-missing", csv("a,b\n1,2\n2,\n,5\n4,3\n5,7"), [0, 1]);
    expect(prepared.ok && prepared.value.job.data).toEqual([
      [1, 2],
      [2, null],
      [null, 5],
      [4, 3],
      [5, 7],
    ]);
  });
});

describe("AIC and BIC", () => {
  it("follow 2p − 2ℓ and p log n − 2ℓ", () => {
    expect(informationCriteria(-10, 3, 100)).toEqual({ aic: 26, bic: 3 * Math.log(100) + 20 });
    expect(indexOfBest([3, null, 1, Number.NaN, 2])).toBe(2);
    expect(indexOfBest([null])).toBe(-1);
  });

  it("normal on Old Faithful's waiting times: the closed-form ℓ, R's value, and the criteria", () => {
    const waiting = findDataset("faithful")!.columns[1]!.values;
    const n = waiting.length;
    const mean = waiting.reduce((s, v) => s + v, 0) / n;
    const variance = waiting.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    const closedForm = -(n / 2) * (Math.log(2 * Math.PI * variance) + 1);
    const fit = fitOf("normal", datasetTable("faithful"), [1]);
    expect(fit.result.logLikelihood).toBeCloseTo(closedForm, 9);
    expect(fit.result.logLikelihood).toBeCloseTo(-1095.2888005, 6);
    expect(fit.aic).toBeCloseTo(2 * 2 + 2 * 1095.2888005, 6);
    // log(272) = 5.605802066296 (R)
    expect(fit.bic).toBeCloseTo(2 * 5.605802066296 + 2 * 1095.2888005, 6);
    expect(fit.standardErrors).toEqual({
      mean: expect.closeTo(Math.sqrt(variance / n), 12),
      variance: expect.closeTo(variance * Math.sqrt(2 / n), 9),
    });
  });

  it("Poisson on discoveries, lognormal on rivers, exponential on precip match R", () => {
    const poisson = fitOf("poisson", datasetTable("discoveries"), [0]);
    expect(poisson.result.logLikelihood).toBeCloseTo(-216.845659848, 8);
    expect(poisson.bic).toBeCloseTo(Math.log(100) + 2 * 216.845659848, 8);
    // λ̂ = 3.1, SE √(λ̂ / n)
    expect(poisson.standardErrors?.lambda).toBeCloseTo(Math.sqrt(3.1 / 100), 12);
    expect(fitOf("lognormal", datasetTable("rivers"), [0]).result.logLikelihood).toBeCloseTo(-996.325488392405, 8);
    const exponential = fitOf("exponential", datasetTable("precip"), [0]);
    expect(exponential.result.logLikelihood).toBeCloseTo(-318.64541888349, 8);
    expect(exponential.aic).toBeCloseTo(2 + 2 * 318.64541888349, 8);
  });
});

describe("the worker's request handler", () => {
  it("gives runJob's own result, with progress per EM iteration", () => {
    const prepared = prepare("gmm", datasetTable("faithful"), [1], { k: 2 });
    if (!prepared.ok) throw new Error(prepared.message);
    const messages: WorkerMessage[] = [];
    let clock = 0;
    // Each call of the clock advances 100 ms, so every iteration is reported.
    handleRequest(
      { kind: "fit", ...prepared.value },
      (message) => messages.push(message),
      () => (clock += 100),
    );
    const last = messages[messages.length - 1];
    expect(last?.kind).toBe("fit");
    if (last?.kind !== "fit") return;
    expect(last.fit.result).toEqual(runJob(prepared.value.job));
    expect(last.fit.standardErrors).toBeUndefined();
    const progress = messages.filter((message) => message.kind === "progress");
    expect(progress.map((message) => message.iteration)).toEqual(Array.from({ length: last.fit.result.iterations }, (_, i) => i + 1));
    // The log-likelihood never decreases along EM's iterations.
    for (let i = 1; i < progress.length; i += 1)
      expect(progress[i]!.logLikelihood).toBeGreaterThanOrEqual(progress[i - 1]!.logLikelihood - 1e-9);
  });

  it("sends the library's message when a fit fails, and compares K with one row per K", () => {
    const messages: WorkerMessage[] = [];
    handleRequest({ kind: "fit", job: { model: "gmm", data: [1, 1, 1], options: { components: 2 } }, n: 3, parameters: 5 }, (m) =>
      messages.push(m),
    );
    expect(messages).toEqual([{ kind: "error", message: expect.stringContaining("every value of the data is 1") }]);

    const table = datasetTable("discoveries");
    const jobs = [1, 2, 3].map((k) => {
      const prepared = prepare("poisson-mixture", table, [0], { k });
      if (!prepared.ok) throw new Error(prepared.message);
      return { k, ...prepared.value };
    });
    const out: WorkerMessage[] = [];
    handleRequest({ kind: "compare", jobs }, (m) => out.push(m));
    const final = out[out.length - 1];
    expect(final?.kind).toBe("compare");
    if (final?.kind !== "compare") return;
    expect(final.rows.map((row) => row.k)).toEqual([1, 2, 3]);
    // K = 1 is the Poisson fit itself.
    expect(final.rows[0]?.fit?.result.logLikelihood).toBeCloseTo(-216.845659848, 6);
    for (const row of final.rows) {
      expect(row.fit?.aic).toBeCloseTo(2 * (2 * row.k - 1) - 2 * row.fit!.result.logLikelihood, 9);
    }
  });
});
