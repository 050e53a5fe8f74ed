/**
 * Benchmark (not a test): EM for Gaussian mixtures, this library against scikit-learn, in one run.
 *
 *   npx tsx bench/em-gmm.ts            (or: npm run bench:em)
 *
 * 1. Draws the data once, deterministically (createRng(20240601), Marsaglia's polar normals), and
 *    writes it to a temporary folder as raw little-endian float64, which both sides read:
 *    - 1-D: n = 100 000 from 0.3 N(−4, 1) + 0.5 N(0, 1.5²) + 0.2 N(5, 0.8²), K = 3, 200 iterations;
 *    - 2-D: n = 100 000 from three correlated bivariate normals, K = 3, 100 iterations.
 * 2. Times our fit (1 warm-up, then the median of 5) from fixed initial values with tol 0.
 * 3. Runs bench/em-gmm-sklearn.py, which times GaussianMixture(covariance_type="full", tol=0,
 *    reg_covar=0, max_iter equal, n_init=1, weights_init, means_init, precisions_init) on the same
 *    file (1 warm-up, median of 5), with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from that
 *    subprocess's environment only, and reports the BLAS it then uses (threadpoolctl).
 * 4. Checks both ended at the same parameters (max relative difference; covariances on the scale
 *    √(Σaa Σbb)), and prints ms per iteration, the ratio ours / sklearn and a Markdown table.
 *
 * ms per iteration = the whole fit's wall time / iterations, for both: each includes input
 * validation, its start-up (our initial E-step; sklearn's _initialize, one M-step's work) and one
 * extra E-step at the end, so the two are billed alike.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fitGmm1d, type Gmm1dParams } from "../lib/estimation/models/gmm-1d";
import { fitGmmMultivariate, type GmmMultivariateParams } from "../lib/estimation/models/gmm-multivariate";
import { createRng } from "../lib/estimation/random";
import { categorical, normal } from "../lib/estimation/samplers";

const N = 100_000;
const REPEATS = 5;
const PYTHON = "/usr/bin/python3";

interface Case {
  name: string;
  d: number;
  file: string;
  iterations: number;
  init: Gmm1dParams | GmmMultivariateParams;
}

type Params = Gmm1dParams | GmmMultivariateParams;

interface SklearnOutput {
  python: string;
  sklearn: string;
  numpy: string;
  openblasEnv: Record<string, string | null>;
  blas: { user_api?: string; internal_api?: string; version?: string; architecture?: string; num_threads?: number }[];
  blasLibraries: string[];
  results: { name: string; seconds: number[]; params: Params }[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function drawData(): { x1: Float64Array; x2: Float64Array } {
  const rng = createRng(20240601);
  const x1 = new Float64Array(N);
  const spec1 = { weights: [0.3, 0.5, 0.2], means: [-4, 0, 5], sds: [1, 1.5, 0.8] };
  for (let i = 0; i < N; i++) {
    const k = categorical(rng, spec1.weights);
    x1[i] = normal(rng, spec1.means[k] as number, spec1.sds[k] as number);
  }
  // 2-D: x = μ + L z with L the Cholesky factor of each component's covariance.
  const weights2 = [0.3, 0.45, 0.25];
  const means2 = [
    [-4, 0],
    [0, 3],
    [5, -2],
  ];
  const factors = [
    [
      [1, 0],
      [0.6, 0.8],
    ],
    [
      [1.5, 0],
      [-0.9, 1.2],
    ],
    [
      [0.7, 0],
      [0.2, 0.5],
    ],
  ];
  const x2 = new Float64Array(N * 2);
  for (let i = 0; i < N; i++) {
    const k = categorical(rng, weights2);
    const z1 = normal(rng);
    const z2 = normal(rng);
    const m = means2[k] as number[];
    const L = factors[k] as number[][];
    x2[2 * i] = (m[0] as number) + ((L[0] as number[])[0] as number) * z1;
    x2[2 * i + 1] = (m[1] as number) + ((L[1] as number[])[0] as number) * z1 + ((L[1] as number[])[1] as number) * z2;
  }
  return { x1, x2 };
}

/** Largest relative difference over all parameters; covariances on the scale √(Σaa Σbb). */
function maxRelativeDifference(ours: Params, theirs: Params): number {
  let worst = 0;
  const compare = (a: number, b: number, scale: number): void => {
    worst = Math.max(worst, Math.abs(a - b) / scale);
  };
  ours.weights.forEach((w, k) => compare(w, theirs.weights[k] as number, Math.abs(theirs.weights[k] as number)));
  if ("variances" in ours && "variances" in theirs) {
    ours.means.forEach((m, k) => compare(m, theirs.means[k] as number, Math.sqrt(theirs.variances[k] as number)));
    ours.variances.forEach((v, k) => compare(v, theirs.variances[k] as number, theirs.variances[k] as number));
  } else if ("covariances" in ours && "covariances" in theirs) {
    ours.covariances.forEach((matrix, k) => {
      const reference = theirs.covariances[k] as number[][];
      const variance = (a: number): number => (reference[a] as number[])[a] as number;
      (ours.means[k] as number[]).forEach((m, a) => compare(m, (theirs.means[k] as number[])[a] as number, Math.sqrt(variance(a))));
      matrix.forEach((row, a) =>
        row.forEach((v, b) => compare(v, (reference[a] as number[])[b] as number, Math.sqrt(variance(a) * variance(b)))),
      );
    });
  } else {
    throw new Error("parameter shapes differ");
  }
  return worst;
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    return line ? (line.split(":")[1]?.trim() ?? "unknown") : "unknown";
  } catch {
    return "unknown";
  }
}

function nproc(): string {
  try {
    return execFileSync("nproc", { encoding: "utf8" }).trim();
  } catch {
    return String(availableParallelism());
  }
}

function main(): void {
  const { x1, x2 } = drawData();
  const directory = mkdtempSync(join(tmpdir(), "em-gmm-bench-"));
  try {
    writeFileSync(join(directory, "x1.f64"), Buffer.from(x1.buffer));
    writeFileSync(join(directory, "x2.f64"), Buffer.from(x2.buffer));
    const cases: Case[] = [
      {
        name: "1-D, K = 3",
        d: 1,
        file: "x1.f64",
        iterations: 200,
        init: { weights: [1 / 3, 1 / 3, 1 / 3], means: [-3, 1, 4], variances: [2, 2, 2] },
      },
      {
        name: "2-D, K = 3",
        d: 2,
        file: "x2.f64",
        iterations: 100,
        init: {
          weights: [1 / 3, 1 / 3, 1 / 3],
          means: [
            [-3, 1],
            [1, 2],
            [4, -1],
          ],
          covariances: [
            [
              [2, 0],
              [0, 2],
            ],
            [
              [2, 0],
              [0, 2],
            ],
            [
              [2, 0],
              [0, 2],
            ],
          ],
        },
      },
    ];
    writeFileSync(join(directory, "spec.json"), JSON.stringify({ n: N, repeats: REPEATS, cases }));

    // Read back what Python reads, so both sides fit the very same numbers.
    const onDisk1 = Array.from(new Float64Array(readFileSync(join(directory, "x1.f64")).buffer.slice(0)));
    const flat2 = new Float64Array(new Uint8Array(readFileSync(join(directory, "x2.f64"))).buffer);
    const onDisk2: number[][] = [];
    for (let i = 0; i < N; i++) onDisk2.push([flat2[2 * i] as number, flat2[2 * i + 1] as number]);

    const ours = cases.map((c) => {
      const run = (): Params =>
        c.d === 1
          ? fitGmm1d(onDisk1, c.init as Gmm1dParams, { tol: 0, maxIter: c.iterations }).params
          : fitGmmMultivariate(onDisk2, c.init as GmmMultivariateParams, { tol: 0, maxIter: c.iterations }).params;
      run(); // warm-up: JIT compilation
      const seconds: number[] = [];
      let params: Params | undefined;
      for (let r = 0; r < REPEATS; r++) {
        const start = performance.now();
        params = run();
        seconds.push((performance.now() - start) / 1000);
      }
      return { seconds, params: params as Params };
    });

    // The reference, in the same run, with the OpenBLAS overrides removed from its environment only.
    const env = { ...process.env };
    delete env.OPENBLAS_CORETYPE;
    delete env.OPENBLAS_L2_SIZE;
    const child = spawnSync(PYTHON, [join(__dirname, "em-gmm-sklearn.py"), directory], {
      env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`em-gmm-sklearn.py failed (${child.status}): ${child.stderr}`);
    const sklearn = JSON.parse(child.stdout) as SklearnOutput;

    const rows = cases.map((c, i) => {
      const mine = ours[i] as { seconds: number[]; params: Params };
      const theirs = sklearn.results[i];
      if (!theirs) throw new Error(`no sklearn result for ${c.name}`);
      const oursMs = (median(mine.seconds) * 1000) / c.iterations;
      const theirsMs = (median(theirs.seconds) * 1000) / c.iterations;
      return {
        name: c.name,
        iterations: c.iterations,
        oursMs,
        theirsMs,
        ratio: oursMs / theirsMs,
        difference: maxRelativeDifference(mine.params, theirs.params),
      };
    });

    const pools = sklearn.blas
      .map((b) =>
        `${b.internal_api ?? b.user_api} ${b.version ?? ""} ${b.architecture ?? ""} (${b.num_threads} threads)`.replace(/\s+/g, " "),
      )
      .join("; ");
    const blasPools = sklearn.blas.filter((b) => b.user_api === "blas");
    const blas =
      blasPools.length > 0
        ? blasPools.map((b) => `${b.internal_api} ${b.version ?? ""}, kernel ${b.architecture ?? "?"}, ${b.num_threads} threads`).join("; ")
        : `${sklearn.blasLibraries.join(", ") || "no BLAS library found"} (threadpoolctl reports no BLAS pool: not OpenBLAS, MKL or BLIS${
            sklearn.blasLibraries.some((path) => path.includes("/blas/libblas.so"))
              ? "; this is Debian's reference BLAS, package libblas3"
              : ""
          })`;
    console.log(
      `OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE in this process: ${process.env.OPENBLAS_CORETYPE ?? "unset"} / ${process.env.OPENBLAS_L2_SIZE ?? "unset"}; removed for sklearn`,
    );
    console.log(`sklearn's thread pools (threadpoolctl): ${pools || "none"}; BLAS: ${blas}`);
    for (const row of rows) {
      console.log(
        `${row.name}: ours ${row.oursMs.toFixed(2)} ms/iter, sklearn ${row.theirsMs.toFixed(2)} ms/iter, ours/sklearn ${row.ratio.toFixed(2)}, max relative difference of the final parameters ${row.difference.toExponential(1)}`,
      );
    }
    console.log("");
    console.log(
      `Machine: ${nproc()} CPUs (nproc), ${cpuModel()}; Node ${process.version}; Python ${sklearn.python}, scikit-learn ${sklearn.sklearn}, numpy ${sklearn.numpy}; BLAS: ${blas}`,
    );
    console.log("");
    console.log(
      "| EM, n = 100 000, K = 3, tol 0 | iterations | this library (ms/iter) | scikit-learn (ms/iter) | ours / sklearn | max rel. diff. of final params |",
    );
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const row of rows) {
      console.log(
        `| ${row.name} | ${row.iterations} | ${row.oursMs.toFixed(2)} | ${row.theirsMs.toFixed(2)} | ${row.ratio.toFixed(2)} | ${row.difference.toExponential(1)} |`,
      );
    }
    console.log("");
    console.log(`Median of ${REPEATS} timed fits after one warm-up each; whole-fit wall time / iterations.`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main();
