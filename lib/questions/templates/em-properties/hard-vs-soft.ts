/**
 * `em-hard-vs-soft` (content map 7): EM against k-means on the same data and start. With equal weights
 * and one shared variance the most likely component is the nearest mean, so the hard (k-means) update
 * and EM's soft M-step differ only in how the ambiguous points are counted. Truths: `runJob` gmm (one
 * iteration: responsibilities and the soft mean) and the mean of each hard cluster.
 */
import type { Gmm1dParams } from "../../../estimation/models/gmm";
import type { Rng } from "../../../estimation/random";
import { roundAll, sampleGaussianMixture, uniform } from "../../../estimation/samplers";
import type { ChoiceOption } from "../../choice";
import { defineComputation, type Earlier } from "../../computation";
import { PROBABILITY_RANGE, emIteration, integerBetween, normalDensity, perData, pick, sum, texNumber, drawUntil } from "../shared/em";

/** A new mean can come out near 0 (centred data): within 0.005 is right, as 4 significant figures on the sums give. */
const MEAN_FLOOR = 0.005;

type Data = {
  sample: number[];
  init: { weights: number[]; means: number[]; variances: number[] };
  /** The point (1-based) between the two means. */
  point: number;
};

interface Variant {
  data: Data;
}

const stepOf = perData((data: Data) => emIteration<Gmm1dParams>("gmm", data.sample, data.init));

const responsibilities1 = (data: Data) => stepOf(data).responsibilities.map((row) => row[0] ?? Number.NaN);

/** k-means' assignment: the nearer starting mean (equal weights and variances make it the most likely component). */
const nearerToFirst = (data: Data, x: number) =>
  Math.abs(x - (data.init.means[0] as number)) < Math.abs(x - (data.init.means[1] as number));

/**
 * The k-means update of a cluster's centre: the plain mean of its points (not `runJob` normal, which
 * refuses a cluster of one point or of equal values, since its variance MLE would be 0).
 */
function hardMean(data: Data, component: 1 | 2): number {
  const cluster = data.sample.filter((x) => nearerToFirst(data, x) === (component === 1));
  return cluster.length === 0 ? Number.NaN : sum(cluster) / cluster.length;
}

function softMean(data: Data, earlier: Earlier<"r">, component: 1 | 2): number {
  const focus = data.sample[data.point - 1];
  const r = responsibilities1(data).map((value, i) => (data.sample[i] === focus ? earlier("r") : value));
  const share = r.map((value) => (component === 1 ? value : 1 - value));
  return sum(data.sample.map((x, i) => (share[i] as number) * x)) / sum(share);
}

/** Component 1's responsibilities with the shared variance read as a standard deviation (σ² = v²). */
function varianceAsSd(data: Data): number[] {
  const [a, b] = data.init.means as [number, number];
  const twoVariance = 2 * (data.init.variances[0] as number) ** 2;
  return data.sample.map((x) => 1 / (1 + Math.exp(((x - a) ** 2 - (x - b) ** 2) / twoVariance)));
}

const sdSlipApplies = (data: Data) => data.init.variances[0] !== 1;

/** Component 1's responsibility for x from the two exponentials written down (the weights and factors cancel). */
function writtenResponsibility(data: Data, x: number, round: (value: number) => number): number {
  const twoVariance = 2 * (data.init.variances[0] as number);
  const [a, b] = (data.init.means as [number, number]).map((mean) => round(Math.exp(-((x - mean) ** 2) / twoVariance))) as [number, number];
  return a / (a + b);
}

function draw(rng: Rng): Variant {
  const n = integerBetween(rng, 5, 6);
  const low = integerBetween(rng, 0, 3);
  const gap = integerBetween(rng, 3, 5);
  const others = sampleGaussianMixture(rng, n - 1, { weights: [0.5, 0.5], means: [low, low + gap], variances: [0.5, 0.5] }).values;
  const at = Math.floor(rng.next() * n);
  const middle = low + gap / 2 + uniform(rng, -0.7, 0.7);
  const sample = roundAll([...others.slice(0, at), middle, ...others.slice(at)], 1);
  const variance = pick(rng, [1, 1.5, 2]);
  return { data: { sample, init: { weights: [0.5, 0.5], means: [low, low + gap], variances: [variance, variance] }, point: at + 1 } };
}

/** No point exactly halfway (k-means would have to break a tie), and both hard clusters non-empty. */
function workable({ data }: Variant): boolean {
  const [a, b] = data.init.means as [number, number];
  if (data.sample.some((x) => Math.abs(Math.abs(x - a) - Math.abs(x - b)) < 0.05)) return false;
  return Number.isFinite(hardMean(data, 1)) && Number.isFinite(hardMean(data, 2));
}

function makeVariant(rng: Rng): Variant {
  return drawUntil(rng, draw, workable);
}

const LIMIT_OPTIONS: readonly ChoiceOption[] = [
  {
    id: "variance-to-zero",
    correct: true,
    label:
      "As the shared variance $\\sigma^2 \\to 0$, every responsibility tends to 0 or 1 (the nearer mean takes all), and EM's M-step becomes the k-means update.",
    explanation:
      "With equal weights and a shared variance, $r_{i1} = 1/(1 + e^{-[(x_i-\\mu_2)^2 - (x_i-\\mu_1)^2]/(2\\sigma^2)})$, which jumps to 0 or 1 as $\\sigma^2 \\to 0$: k-means is that limit of EM.",
  },
  {
    id: "variance-to-infinity",
    correct: false,
    label: "As the shared variance grows without bound, EM's update becomes the k-means update.",
    explanation:
      "A huge variance makes every responsibility tend to ½ (the densities flatten out), so both means move towards the overall mean: the opposite of hard assignment.",
  },
  {
    id: "hard-is-mle",
    correct: false,
    label: "The hard update maximises the mixture's likelihood; the soft update is only an approximation of it.",
    explanation:
      "It is the other way round: EM's soft update never lowers the observed log-likelihood. Hard assignment maximises a different objective (the classification likelihood, or k-means' sum of squares).",
  },
  {
    id: "always-equal",
    correct: false,
    label: "The two updates agree whenever every point is nearer one mean than the other.",
    explanation:
      "Every point is always nearer one mean (ties aside), yet the updates differ: each point still gives a little weight to the farther component under EM, most of all the points near the middle.",
  },
];

export const emHardVsSoft = defineComputation({
  id: "em-hard-vs-soft",
  title: "EM vs k-means: soft and hard assignment",
  topic: "em-properties",
  difficulty: "medium",
  tags: ["k-means", "hard-assignment", "soft-assignment", "gmm", "m-step"],
  source:
    "lib/estimation gmm (one iteration) and normal; Bishop (2006), Pattern Recognition and Machine Learning, §9.3.2 (k-means as the small-variance limit of EM)",
  make: makeVariant,
  prompt: ({ data }) =>
    [
      `Points: $${data.sample.join(",\\ ")}$. Two clusters start at $\\mu_1 = ${data.init.means[0]}$ and $\\mu_2 = ${data.init.means[1]}$.`,
      `**EM** treats them as a Gaussian mixture with equal weights $w_1 = w_2 = \\tfrac12$ and a shared variance $\\sigma^2 = ${data.init.variances[0]}$. **k-means** assigns each point to the nearer centre and moves each centre to the mean of its points.`,
      "Compare one update of each. Give at least 4 significant figures.",
    ].join("\n\n"),
  parts: [
    {
      id: "r",
      prompt: ({ data }) => `EM's E-step: the responsibility of component 1 for the point $x = ${data.sample[data.point - 1]}$.`,
      hints: ({ data }) => [
        "With equal weights and variances, the weights and the $1/\\sqrt{2\\pi\\sigma^2}$ factors cancel in Bayes' rule.",
        `$r = \\dfrac{e^{-(x-\\mu_1)^2/(2\\sigma^2)}}{e^{-(x-\\mu_1)^2/(2\\sigma^2)} + e^{-(x-\\mu_2)^2/(2\\sigma^2)}}$ with $2\\sigma^2 = ${2 * (data.init.variances[0] as number)}$.`,
      ],
      truth: (data) => responsibilities1(data)[data.point - 1] ?? Number.NaN,
      routes: [(data, _earlier, round) => writtenResponsibility(data, data.sample[data.point - 1] as number, round)],
      check: (data, truths) => ({
        range: PROBABILITY_RANGE,
        mistakes: [
          {
            tag: "hard-assignments",
            value: nearerToFirst(data, data.sample[data.point - 1] as number) ? 1 : 0,
            message: "That is k-means' hard assignment. EM's responsibility is a probability strictly between 0 and 1.",
          },
          { tag: "labels-swapped", value: 1 - truths.r, message: "That is the responsibility of component 2." },
          ...(sdSlipApplies(data)
            ? [
                {
                  tag: "sd-for-variance" as const,
                  value: varianceAsSd(data)[data.point - 1] ?? Number.NaN,
                  message: `You used $\\sigma^2 = ${data.init.variances[0]}^2$: the prompt gives the variance itself, so $2\\sigma^2 = ${2 * (data.init.variances[0] as number)}$.`,
                },
              ]
            : []),
        ],
      }),
    },
    {
      id: "softMean1",
      prompt: "EM's M-step: the new $\\mu_1$ (compute every point's responsibility).",
      hints: () => [
        "Every point counts towards $\\mu_1$ with weight $r_{i1}$, even the far ones (a little).",
        "$\\mu_1 = \\dfrac{\\sum_i r_{i1}x_i}{\\sum_i r_{i1}}$.",
      ],
      uses: ["r"],
      truth: (data, earlier) => softMean(data, earlier, 1),
      // Every other point's responsibility worked to 4 figures as in part 1, then both sums written down.
      routes: [
        (data, earlier, round) => {
          const focus = data.sample[data.point - 1];
          const r = data.sample.map((x) => (x === focus ? earlier("r") : round(writtenResponsibility(data, x, round))));
          return round(sum(data.sample.map((x, i) => (r[i] as number) * x))) / round(sum(r));
        },
      ],
      check: (data, truths) => ({
        absoluteTolerance: MEAN_FLOOR,
        mistakes: [
          {
            tag: "hard-assignments",
            value: hardMean(data, 1),
            message:
              "That is the k-means update (each point counted fully for its nearer centre). EM weights every point by its responsibility.",
          },
          {
            tag: "responsibilities-ignored",
            value: sum(data.sample) / data.sample.length,
            message: "That is the mean of all the points; weight each by its responsibility for component 1.",
          },
          { tag: "labels-swapped", value: softMean(data, (id) => truths[id], 2), message: "That is EM's new $\\mu_2$." },
          {
            tag: "divided-by-n",
            value: (truths.softMean1 * sum(responsibilities1(data))) / data.sample.length,
            message: "You divided the weighted sum by $n$. Divide by the total responsibility $\\sum_i r_{i1}$.",
          },
          {
            tag: "unchanged",
            value: data.init.means[0] as number,
            message: "That is the starting $\\mu_1$. The M-step moves it to the responsibility-weighted average of the points.",
          },
          ...(sdSlipApplies(data)
            ? [
                {
                  tag: "sd-for-variance" as const,
                  value: sum(data.sample.map((x, i) => (varianceAsSd(data)[i] as number) * x)) / sum(varianceAsSd(data)),
                  message:
                    "You read the shared variance as a standard deviation (squaring it) in the responsibilities. It is $\\sigma^2$ already.",
                },
              ]
            : []),
        ],
      }),
    },
    {
      id: "hardMean1",
      prompt: "k-means' update: the new centre $\\mu_1$.",
      hints: () => [
        "Assign each point to the nearer starting centre; no probabilities involved.",
        "The new centre is the plain mean of the points assigned to centre 1.",
      ],
      truth: (data) => hardMean(data, 1),
      check: (data, truths) => ({
        mistakes: [
          {
            tag: "soft-for-hard",
            value: truths.softMean1,
            message: "That is EM's soft update. k-means counts each point fully for its nearer centre only.",
          },
          { tag: "labels-swapped", value: hardMean(data, 2), message: "That is the new centre of cluster 2." },
          {
            tag: "responsibilities-ignored",
            value: sum(data.sample) / data.sample.length,
            message: "That is the mean of all points: only the points nearer centre 1 belong to it.",
          },
          {
            tag: "unchanged",
            value: data.init.means[0] as number,
            message: "That is the starting centre. k-means moves it to the plain mean of the points assigned to it.",
          },
        ],
      }),
    },
    {
      id: "limit",
      input: "choice",
      prompt: "When does EM's update for this model become the k-means update?",
      hints: () => [
        "Look at how the responsibility in part 1 depends on $\\sigma^2$.",
        "What happens to $e^{-d/(2\\sigma^2)}$ ratios as $\\sigma^2$ shrinks?",
      ],
      options: () => LIMIT_OPTIONS,
    },
  ],
  solution: ({ data }, truths) => {
    const [a, b] = data.init.means as [number, number];
    const twoVariance = 2 * (data.init.variances[0] as number);
    const r = responsibilities1(data);
    const rows = data.sample.map((x, i) => {
      const ea = normalDensity(x, a, twoVariance / 2);
      const eb = normalDensity(x, b, twoVariance / 2);
      return `- $x = ${x}$: $r_{1} = ${texNumber(r[i] as number)}$ (ratio of densities $${texNumber(ea / eb)}$), nearer centre ${nearerToFirst(data, x) ? 1 : 2}`;
    });
    const cluster = data.sample.filter((x) => nearerToFirst(data, x));
    return [
      "**EM's E-step.** With equal weights and variances, $r_{i1} = \\dfrac{e^{-(x_i-\\mu_1)^2/(2\\sigma^2)}}{e^{-(x_i-\\mu_1)^2/(2\\sigma^2)} + e^{-(x_i-\\mu_2)^2/(2\\sigma^2)}}$:",
      rows.join("\n"),
      `Part 1: $r = ${texNumber(truths.r, 6)}$.`,
      `**EM's M-step.** $\\mu_1 = \\dfrac{\\sum_i r_{i1}x_i}{\\sum_i r_{i1}} = \\dfrac{${texNumber(sum(data.sample.map((x, i) => (r[i] as number) * x)), 6)}}{${texNumber(sum(r), 6)}} = ${texNumber(truths.softMean1, 6)}$.`,
      `**k-means.** Centre 1 gets $${cluster.join(",\\ ")}$, so $\\mu_1 = ${texNumber(truths.hardMean1, 6)}$.`,
      "The soft update lets the ambiguous point pull on both centres, by its responsibility; k-means gives it wholly to the nearer one. As $\\sigma^2 \\to 0$ every responsibility becomes 0 or 1 and EM's update turns into k-means'.",
    ].join("\n\n");
  },
});
