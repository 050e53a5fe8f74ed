/**
 * `em-lower-bound` (content map 7): the lower-bound (Jensen / ELBO) view of EM on the zero-inflated
 * Poisson. With q the E-step's posterior at θ⁽⁰⁾, the bound B(q, θ) = Σᵢ Σ_z q log[p(xᵢ, z | θ)/q]
 * equals ℓ(θ⁽⁰⁾) at θ⁽⁰⁾, is raised by the M-step, and stays below ℓ(θ⁽¹⁾) by KL(q ‖ p(z | x, θ⁽¹⁾)):
 * ℓ(θ⁽⁰⁾) ≤ B(q, θ⁽¹⁾) ≤ ℓ(θ⁽¹⁾). Truths: `runJob` zip (the log-likelihoods and both E-steps'
 * posteriors); the bound as ℓ(θ⁽¹⁾) − n₀ KL, which the test checks against the direct sum.
 */
import type { NumberCheckSpec } from "../../../grading";
import type { ZipParams } from "../../../estimation/models/zip";
import type { Rng } from "../../../estimation/random";
import { poisson, roundTo } from "../../../estimation/samplers";
import { logFactorial } from "../../../estimation/special";
import { defineComputation } from "../../computation";
import {
  drawUntil,
  COUNT_LOG_LIKELIHOOD_RANGE,
  PROBABILITY_RANGE,
  emIteration,
  integerBetween,
  likelihoodNotLog,
  logLikelihoodAt,
  perData,
  pick,
  sum,
  texNumber,
  texTerm,
} from "../shared/em";

type Data = {
  counts: number[];
  before: ZipParams;
  /** θ⁽¹⁾: one EM iteration from `before`, rounded to 4 decimals. */
  after: ZipParams;
};

interface Variant {
  data: Data;
}

const zeros = (data: Data) => data.counts.filter((x) => x === 0).length;

/** The posterior of the structural state for a zero at `params` (the library's E-step). */
function posteriorOfZero(data: Data, params: ZipParams): number {
  const step = emIteration<ZipParams>("zip", data.counts, params);
  return step.responsibilities[data.counts.indexOf(0)]?.[0] ?? Number.NaN;
}

const logLikelihood = (data: Data, params: ZipParams) => logLikelihoodAt("zip", data.counts, params);

/** n₀ · KL(Bernoulli(q) ‖ Bernoulli(p)): the zeros' share of the gap between ℓ and the bound. */
function zerosKl(data: Data, q: number, p: number): number {
  const term = (a: number, b: number) => (a === 0 ? 0 : a * Math.log(a / b));
  return zeros(data) * (term(q, p) + term(1 - q, 1 - p));
}

/** n₀ · H(q): the entropy term of the bound. */
const zerosEntropy = (data: Data, q: number) => -zeros(data) * ((q > 0 ? q * Math.log(q) : 0) + (q < 1 ? (1 - q) * Math.log(1 - q) : 0));

const derived = perData((data: Data) => ({
  posteriorBefore: posteriorOfZero(data, data.before),
  posteriorAfter: posteriorOfZero(data, data.after),
  before: logLikelihood(data, data.before),
  after: logLikelihood(data, data.after),
}));

/** B(q, θ⁽¹⁾) for the posterior q of a zero: ℓ(θ⁽¹⁾) − n₀ KL(q ‖ p(z | 0, θ⁽¹⁾)). */
const bound = (data: Data, q: number) => derived(data).after - zerosKl(data, q, derived(data).posteriorAfter);

function draw(rng: Rng): Variant {
  const n = integerBetween(rng, 8, 12);
  const structural = 0.2 + 0.2 * rng.next();
  const rate = 1.5 + 2 * rng.next();
  const counts: number[] = [];
  for (let i = 0; i < n; i += 1) counts.push(rng.next() < structural ? 0 : poisson(rng, rate));
  const before = { pi: pick(rng, [0.1, 0.2, 0.5, 0.6]), lambda: pick(rng, [1, 4, 5]) };
  let after = before;
  try {
    const { params } = emIteration<ZipParams>("zip", counts, before).next;
    after = { pi: roundTo(params.pi, 4), lambda: roundTo(params.lambda, 4) };
  } catch {
    // All zeros: the library refuses them; the variant is redrawn below.
  }
  return { data: { counts, before, after } };
}

/** Zeros and non-zeros present, and ℓ(θ⁽⁰⁾) < B < ℓ(θ⁽¹⁾) with visible gaps (despite the rounding of θ⁽¹⁾). */
function workable({ data }: Variant): boolean {
  if (zeros(data) < 2 || zeros(data) > data.counts.length - 3 || data.after.pi <= 0) return false;
  const { before, posteriorBefore } = derived(data);
  const value = bound(data, posteriorBefore);
  return value - before > 0.05 && derived(data).after - value > 0.005;
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

const logFactorials = (data: Data) => sum(data.counts.map(logFactorial));

function logLikelihoodCheck(data: Data, truth: number): NumberCheckSpec {
  return {
    range: COUNT_LOG_LIKELIHOOD_RANGE,
    mistakes: [
      likelihoodNotLog(truth),
      {
        tag: "constants-omitted",
        value: truth + logFactorials(data),
        message: "You left out the $-\\log x_i!$ terms of the non-zero counts.",
      },
    ],
  };
}

export const emLowerBound = defineComputation({
  id: "em-lower-bound",
  title: "EM as a lower bound: ℓ, the bound, and ℓ again",
  topic: "em-properties",
  difficulty: "hard",
  tags: ["elbo", "jensen", "lower-bound", "zip", "monotonicity"],
  source:
    "lib/estimation zip (log-likelihoods and E-step posteriors); Neal & Hinton (1998), A view of the EM algorithm that justifies incremental, sparse, and other variants; Bishop (2006), §9.4",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Counts $${data.counts.join(",\\ ")}$ follow a zero-inflated Poisson: a structural zero with probability $\\pi$, otherwise a Poisson($\\lambda$) count. So $P(0) = \\pi + (1-\\pi)e^{-\\lambda}$ and $P(x) = (1-\\pi)\\lambda^x e^{-\\lambda}/x!$ for $x \\ge 1$.`,
      `EM starts at $\\theta^{(0)}$: $\\pi = ${data.before.pi}$, $\\lambda = ${data.before.lambda}$; one iteration gives (rounded to 4 decimals) $\\theta^{(1)}$: $\\pi = ${data.after.pi}$, $\\lambda = ${data.after.lambda}$.`,
      "For a zero, let $z = 1$ mean structural. With a distribution $q$ over $z$ for each zero, the lower bound is $B(q, \\theta) = \\sum_i \\sum_z q_i(z) \\log \\dfrac{p(x_i, z \\mid \\theta)}{q_i(z)}$ (non-zero counts have $z = 0$ surely and contribute $\\log P(x_i)$). Natural logs, keep the $x!$; give at least 4 significant figures.",
    ].join("\n\n"),
  parts: [
    {
      id: "q",
      prompt: "E-step at $\\theta^{(0)}$: the posterior $q = P(z = 1 \\mid x = 0, \\theta^{(0)})$.",
      hints: ({ data }) => [
        "Bayes' rule for a zero: structural with prior $\\pi$ (and then surely 0), Poisson with prior $1 - \\pi$ and probability $e^{-\\lambda}$ of a 0.",
        `$q = \\dfrac{${data.before.pi}}{${data.before.pi} + ${texNumber(1 - data.before.pi)}\\,e^{-${data.before.lambda}}}$.`,
      ],
      truth: (data) => derived(data).posteriorBefore,
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          { tag: "prior-for-posterior", value: data.before.pi, message: "That is the prior $\\pi$. Condition on the observed zero." },
          { tag: "labels-swapped", value: 1 - truths.q, message: "That is the posterior of the Poisson state. $q$ is the structural one." },
        ],
      }),
    },
    {
      id: "before",
      prompt: "The observed-data log-likelihood $\\ell(\\theta^{(0)})$.",
      hints: () => [
        "Zeros contribute $\\log(\\pi + (1-\\pi)e^{-\\lambda})$ each; a count $x \\ge 1$ contributes $\\log(1-\\pi) + x\\log\\lambda - \\lambda - \\log x!$.",
        "At $\\theta^{(0)}$ with $q$ from part 1, the bound $B(q, \\theta^{(0)})$ equals this value exactly.",
      ],
      truth: (data) => derived(data).before,
      check: (data, truths) => logLikelihoodCheck(data, truths.before),
    },
    {
      id: "bound",
      prompt: "The lower bound $B(q, \\theta^{(1)})$: the posterior $q$ of part 1, the parameters $\\theta^{(1)}$.",
      hints: ({ data }) => [
        "Each zero contributes $q\\log\\dfrac{\\pi}{q} + (1-q)\\log\\dfrac{(1-\\pi)e^{-\\lambda}}{1-q}$, at $\\theta^{(1)}$'s $\\pi$ and $\\lambda$; each non-zero count contributes $\\log P(x_i \\mid \\theta^{(1)})$.",
        `There are $n_0 = ${zeros(data)}$ zeros; don't forget the $-q\\log q - (1-q)\\log(1-q)$ entropy inside those terms.`,
        "It lies between part 2 and part 4: the M-step raised the bound, and the bound never exceeds $\\ell$.",
      ],
      uses: ["q"],
      truth: (data, earlier) => bound(data, earlier("q")),
      check: (data, truths) => ({
        range: COUNT_LOG_LIKELIHOOD_RANGE,
        mistakes: [
          {
            tag: "entropy-omitted",
            value: truths.bound - zerosEntropy(data, truths.q),
            message:
              "You computed only the expected complete-data log-likelihood $Q = \\sum q\\log p(x, z \\mid \\theta)$. The bound also has the entropy $-\\sum q\\log q$ of the posterior.",
          },
          {
            tag: "loglik-for-bound",
            value: derived(data).after,
            message:
              "That is $\\ell(\\theta^{(1)})$. The bound uses the old posterior $q$, and lies below $\\ell(\\theta^{(1)})$ by $n_0\\,\\mathrm{KL}(q \\,\\|\\, p(z \\mid x, \\theta^{(1)}))$.",
          },
        ],
      }),
    },
    {
      id: "after",
      prompt: "The observed-data log-likelihood $\\ell(\\theta^{(1)})$.",
      hints: () => ["Same formula as part 2, at $\\theta^{(1)}$.", "It should be at least your part 3."],
      truth: (data) => derived(data).after,
      check: (data, truths) => logLikelihoodCheck(data, truths.after),
    },
  ],
  solution: ({ data }, truths) => {
    const n0 = zeros(data);
    const q = truths.q;
    const { pi, lambda } = data.after;
    const positives = data.counts.filter((x) => x > 0);
    const positivesTerm = sum(positives.map((x) => Math.log(1 - pi) + x * Math.log(lambda) - lambda - logFactorial(x)));
    const zeroTerm = q * Math.log(pi / q) + (1 - q) * Math.log(((1 - pi) * Math.exp(-lambda)) / (1 - q));
    return [
      `**E-step.** $q = \\dfrac{\\pi}{\\pi + (1-\\pi)e^{-\\lambda}} = ${texNumber(q, 6)}$ at $\\theta^{(0)}$.`,
      `**Before.** $\\ell(\\theta^{(0)}) = ${n0}\\log\\big(\\pi + (1-\\pi)e^{-\\lambda}\\big) + \\sum_{x_i > 0}\\big[\\log(1-\\pi) + x_i\\log\\lambda - \\lambda - \\log x_i!\\big] = ${texNumber(truths.before, 6)}$. With $q$ the exact posterior, $B(q, \\theta^{(0)})$ equals it: Jensen's inequality is tight at the current parameters.`,
      `**The bound at $\\theta^{(1)}$.** Each zero gives $q\\log\\frac{\\pi}{q} + (1-q)\\log\\frac{(1-\\pi)e^{-\\lambda}}{1-q} = ${texNumber(zeroTerm, 6)}$ and the ${positives.length} non-zero counts give $${texNumber(positivesTerm, 6)}$ together, so $B(q, \\theta^{(1)}) = ${n0} \\times ${texTerm(zeroTerm, 6)} + ${texTerm(positivesTerm, 6)} = ${texNumber(truths.bound, 6)}$.`,
      `**After.** $\\ell(\\theta^{(1)}) = ${texNumber(truths.after, 6)}$.`,
      `So $\\ell(\\theta^{(0)}) = ${texNumber(truths.before, 6)} \\le B(q, \\theta^{(1)}) = ${texNumber(truths.bound, 6)} \\le \\ell(\\theta^{(1)}) = ${texNumber(truths.after, 6)}$. The M-step raised the bound; the gap $\\ell(\\theta^{(1)}) - B = ${texNumber(truths.after - truths.bound, 4)}$ is $n_0\\,\\mathrm{KL}\\big(q \\,\\|\\, p(z \\mid x = 0, \\theta^{(1)})\\big) \\ge 0$, which the next E-step closes. That is why EM never lowers the log-likelihood.`,
    ].join("\n\n");
  },
});
