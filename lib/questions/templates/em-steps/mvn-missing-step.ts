/**
 * `em-mvn-missing-step` (content map 6): EM for a bivariate normal with one value missing. The E-step
 * fills in the conditional expectation of the missing coordinate (and its conditional variance), the
 * M-step gives the new mean and variance of that coordinate, each following through from the
 * learner's own fill-in. Truths: the E- and M-step of lib/estimation/models/mvn-missing.ts (Little &
 * Rubin 2002, §11.2.1), which the test checks against `runJob` mvn-missing, one iteration.
 */
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import { defineComputation, type Earlier } from "../../computation";
import { VARIANCE_RANGE, emIteration, integerBetween, perData, pick, sum, texNumber } from "../shared/em";

type Data = {
  /** Rows (x, y); exactly one y is null (missing at random). */
  rows: (number | null)[][];
  init: { mean: number[]; covariance: number[][] };
};

interface Variant {
  data: Data;
}

function makeVariant(rng: Rng): Variant {
  const n = 5;
  const centre = integerBetween(rng, 2, 6);
  const slope = pick(rng, [0.5, 1, 1.5, 2]);
  const intercept = integerBetween(rng, 0, 3);
  const rows: (number | null)[][] = [];
  for (let i = 0; i < n; i += 1) {
    const x = roundTo(normal(rng, centre, 1), 1);
    rows.push([x, roundTo(intercept + slope * x + normal(rng, 0, 0.7), 1)]);
  }
  const missing = Math.floor(rng.next() * n);
  (rows[missing] as (number | null)[])[1] = null;
  const varianceX = pick(rng, [1, 1.5, 2]);
  const varianceY = pick(rng, [2, 3, 4]);
  // Positive definite with room to spare: ρ² ≤ 0.8.
  const covariance = pick(
    rng,
    [0.5, 1, 1.5].filter((c) => c * c <= 0.8 * varianceX * varianceY),
  );
  return {
    data: {
      rows,
      init: {
        mean: [centre, Math.round(intercept + slope * centre)],
        covariance: [
          [varianceX, covariance],
          [covariance, varianceY],
        ],
      },
    },
  };
}

const missingRow = (data: Data) => data.rows.findIndex((row) => row[1] === null);
const observedY = (data: Data) => data.rows.map((row) => row[1]).filter((y): y is number => y !== null);

function initial(data: Data) {
  const [meanX, meanY] = data.init.mean as [number, number];
  const [[varianceX, covariance], [, varianceY]] = data.init.covariance as [[number, number], [number, number]];
  return { meanX, meanY, varianceX, covariance, varianceY };
}

/** E-step: E[y | x] = μ_y + (σ_xy / σ_x²)(x − μ_x) at the initial parameters. */
function conditionalMean(data: Data): number {
  const { meanX, meanY, varianceX, covariance } = initial(data);
  const x = data.rows[missingRow(data)]?.[0] as number;
  return meanY + (covariance / varianceX) * (x - meanX);
}

/** Var[y | x] = σ_y² − σ_xy² / σ_x²: what filling in a single value forgets. */
function conditionalVariance(data: Data): number {
  const { varianceX, covariance, varianceY } = initial(data);
  return varianceY - (covariance * covariance) / varianceX;
}

const newMean = (data: Data, earlier: Earlier<"imputed" | "mean2">) => (sum(observedY(data)) + earlier("imputed")) / data.rows.length;

function newVariance(data: Data, earlier: Earlier<"imputed" | "mean2">, conditional: number, divisor: number): number {
  const mean = earlier("mean2");
  const squares = sum(observedY(data).map((y) => (y - mean) ** 2)) + (earlier("imputed") - mean) ** 2;
  return (squares + conditional) / divisor;
}

/** The library's iteration, for the solution's log-likelihoods. */
const stepOf = perData((data: Data) => emIteration<{ mean: number[] }>("mvn-missing", data.rows, data.init));

export const emMvnMissingStep = defineComputation({
  id: "em-mvn-missing-step",
  title: "A missing value in a bivariate normal: one EM iteration",
  topic: "em-mechanics",
  difficulty: "hard",
  tags: ["missing-data", "multivariate-normal", "imputation", "e-step", "m-step", "follow-through"],
  source:
    "lib/estimation mvn-missing (one iteration); Little & Rubin (2002), Statistical Analysis with Missing Data, §11.2.1; Dempster, Laird & Rubin (1977), §4.1.3",
  make: makeVariant,
  prompt: ({ data }) => {
    const { meanX, meanY, varianceX, covariance, varianceY } = initial(data);
    const rows = data.rows.map((row, i) => `(${row[0]},\\ ${row[1] === null ? "?" : row[1]})${i < data.rows.length - 1 ? "," : ""}`);
    return [
      `Pairs $(x, y)$ are modelled as independent draws from a bivariate normal with mean $(\\mu_x, \\mu_y)$ and covariance matrix $\\Sigma$. One $y$ is missing (at random):`,
      `$$${rows.join("\\quad ")}$$`,
      `EM starts from $\\mu^{(0)} = (${meanX}, ${meanY})$ and $\\Sigma^{(0)} = \\begin{pmatrix} ${varianceX} & ${covariance} \\\\ ${covariance} & ${varianceY} \\end{pmatrix}$. The M-step divides by $n = ${data.rows.length}$ (the MLE). Give at least 4 significant figures; later parts are graded against your own earlier answers when those were off.`,
    ].join("\n\n");
  },
  parts: [
    {
      id: "imputed",
      prompt: "E-step: the conditional expectation of the missing $y$ given its row's $x$, at the starting parameters.",
      hints: ({ data }) => [
        "For a bivariate normal, $E[y \\mid x]$ is the regression of $y$ on $x$ implied by the current parameters.",
        "$E[y \\mid x] = \\mu_y + \\dfrac{\\sigma_{xy}}{\\sigma_x^2}(x - \\mu_x)$.",
        `Here $x = ${data.rows[missingRow(data)]?.[0]}$, $\\sigma_{xy} = ${initial(data).covariance}$ and $\\sigma_x^2 = ${initial(data).varianceX}$.`,
      ],
      truth: (data) => conditionalMean(data),
      // The regression slope σ_xy/σ_x² written down to 4 figures.
      routes: [
        (data, _earlier, round) => {
          const { meanX, meanY, varianceX, covariance } = initial(data);
          return meanY + round(covariance / varianceX) * ((data.rows[missingRow(data)]?.[0] as number) - meanX);
        },
      ],
      check: (data) => {
        const { meanX, meanY, covariance, varianceY } = initial(data);
        const x = data.rows[missingRow(data)]?.[0] as number;
        return {
          mistakes: [
            {
              tag: "prior-for-posterior",
              value: meanY,
              message: "That is $\\mu_y$, the mean of $y$ before seeing $x$. The E-step conditions on the row's observed $x$.",
            },
            {
              tag: "mean-imputation",
              value: sum(observedY(data)) / observedY(data).length,
              message:
                "That is the mean of the observed $y$'s (mean imputation). EM uses the model's conditional expectation given this row's $x$.",
            },
            {
              tag: "wrong-slope",
              value: meanY + (covariance / varianceY) * (x - meanX),
              message: "You divided the covariance by $\\sigma_y^2$. The regression of $y$ on $x$ has slope $\\sigma_{xy}/\\sigma_x^2$.",
            },
          ],
        };
      },
    },
    {
      id: "mean2",
      prompt: "M-step: the new mean $\\mu_y^{(1)}$.",
      hints: () => [
        "The M-step is the complete-data MLE with the missing value replaced by its expectation.",
        "$\\mu_y^{(1)} = \\frac1n\\big(\\sum_{\\text{observed}} y_i + E[y \\mid x]\\big)$, over all $n$ rows.",
      ],
      uses: ["imputed"],
      truth: (data, earlier) => newMean(data, earlier),
      check: (data) => ({
        mistakes: [
          {
            tag: "complete-case",
            value: sum(observedY(data)) / observedY(data).length,
            message:
              "That is the mean of the observed $y$'s only (complete-case analysis). EM keeps the incomplete row, with its $y$ filled in by the E-step.",
          },
          {
            tag: "unchanged",
            value: initial(data).meanY,
            message: "That is the starting $\\mu_y^{(0)}$. The M-step replaces it with the mean of the completed column.",
          },
        ],
      }),
    },
    {
      id: "variance2",
      prompt: "M-step: the new variance $\\sigma_y^{2\\,(1)}$.",
      hints: ({ data }) => [
        "The M-step needs $E[y^2 \\mid x]$ for the missing row, not $(E[y \\mid x])^2$: add the conditional variance.",
        `The conditional variance is $\\sigma_y^2 - \\sigma_{xy}^2/\\sigma_x^2 = ${initial(data).varianceY} - ${initial(data).covariance}^2/${initial(data).varianceX}$.`,
        "$\\sigma_y^{2\\,(1)} = \\frac1n\\big[\\sum_i (\\hat y_i - \\mu_y^{(1)})^2 + \\operatorname{Var}(y \\mid x)\\big]$, where $\\hat y_i$ is $y_i$, or the part-1 value for the missing row.",
      ],
      uses: ["imputed", "mean2"],
      truth: (data, earlier) => newVariance(data, earlier, conditionalVariance(data), data.rows.length),
      // Each squared deviation, their sum, σ_xy²/σ_x² and the conditional variance written down to 4 figures.
      routes: [
        (data, earlier, round) => {
          const { varianceX, covariance, varianceY } = initial(data);
          const centre = earlier("mean2");
          const squares = [...observedY(data), earlier("imputed")].map((y) => round((y - centre) ** 2));
          return (round(sum(squares)) + round(varianceY - round((covariance * covariance) / varianceX))) / data.rows.length;
        },
      ],
      check: (data, truths) => {
        const observed = observedY(data);
        const observedMean = sum(observed) / observed.length;
        return {
          range: VARIANCE_RANGE,
          mistakes: [
            {
              tag: "conditional-variance-omitted",
              value: newVariance(data, (id) => truths[id], 0, data.rows.length),
              message:
                "You treated the filled-in value as if it had been observed. The M-step needs $E[y^2 \\mid x] = (E[y \\mid x])^2 + \\operatorname{Var}(y \\mid x)$: add the conditional variance, or the variance comes out too small.",
            },
            {
              tag: "n-minus-1",
              value: newVariance(data, (id) => truths[id], conditionalVariance(data), data.rows.length - 1),
              message: "You divided by $n - 1$. The M-step is an MLE: divide by $n$.",
            },
            {
              tag: "complete-case",
              value: sum(observed.map((y) => (y - observedMean) ** 2)) / observed.length,
              message: "That is the variance of the observed $y$'s only (complete-case analysis). EM keeps the incomplete row.",
            },
            {
              tag: "old-mean",
              value: newVariance(
                data,
                (id) => (id === "mean2" ? initial(data).meanY : truths[id]),
                conditionalVariance(data),
                data.rows.length,
              ),
              message:
                "You took the squared deviations about the starting $\\mu_y^{(0)}$. The M-step centres them on the new mean $\\mu_y^{(1)}$ from part 2.",
            },
            {
              tag: "sd-not-variance",
              value: Math.sqrt(truths.variance2),
              message: "That is a standard deviation, the square root of the variance. The question asks for the variance $\\sigma_y^2$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data }, truths) => {
    const { meanX, meanY, varianceX, covariance, varianceY } = initial(data);
    const x = data.rows[missingRow(data)]?.[0] as number;
    const imputed = truths.imputed;
    const mean = truths.mean2;
    const filled = data.rows.map((row) => (row[1] === null ? imputed : row[1]) as number);
    const step = stepOf(data);
    return [
      `**E-step.** The missing $y$ sits in the row with $x = ${x}$. Under the current parameters`,
      `$$E[y \\mid x] = \\mu_y + \\frac{\\sigma_{xy}}{\\sigma_x^2}(x - \\mu_x) = ${meanY} + \\frac{${covariance}}{${varianceX}}(${x} - ${meanX}) = ${texNumber(imputed, 6)},$$`,
      `$$\\operatorname{Var}(y \\mid x) = \\sigma_y^2 - \\frac{\\sigma_{xy}^2}{\\sigma_x^2} = ${varianceY} - \\frac{${covariance}^2}{${varianceX}} = ${texNumber(conditionalVariance(data), 6)}.$$`,
      `**M-step.** With $\\hat y = (${filled.map((y) => texNumber(y, 6)).join(",\\ ")})$,`,
      `$$\\mu_y^{(1)} = \\frac{${texNumber(sum(filled), 6)}}{${data.rows.length}} = ${texNumber(mean, 6)},$$`,
      `$$\\sigma_y^{2\\,(1)} = \\frac{\\sum_i (\\hat y_i - \\mu_y^{(1)})^2 + \\operatorname{Var}(y \\mid x)}{n} = \\frac{${texNumber(sum(filled.map((y) => (y - mean) ** 2)), 6)} + ${texNumber(conditionalVariance(data), 6)}}{${data.rows.length}} = ${texNumber(truths.variance2, 6)}.$$`,
      `Leaving out $\\operatorname{Var}(y \\mid x)$ would treat a guess as an observation and shrink the variance. The observed-data log-likelihood rises from $${texNumber(step.start.logLikelihood, 6)}$ to $${texNumber(step.next.logLikelihood, 6)}$.`,
    ].join("\n\n");
  },
});
