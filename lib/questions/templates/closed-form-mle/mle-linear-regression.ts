/**
 * `mle-linear-regression` (content map 2): under y = a + bx + ε with Gaussian ε, maximising the
 * likelihood in (a, b) is minimising the sum of squared residuals, so the MLE is least squares; the
 * noise-variance MLE is RSS/n, not the unbiased RSS/(n − 2) that regression software prints.
 */
import { fitLinear } from "../../../estimation/models/linear";
import type { Rng } from "../../../estimation/random";
import { normal, roundTo } from "../../../estimation/samplers";
import { defineComputation } from "../../computation";
import { drawSome, integerBetween, isTrueValue, mean, pick, sum, texNumber, texTuple, texTerm } from "../shared/mle";

const STORIES = [
  { setting: "A café records the outside temperature $x$ (°C above 10) and the number of iced drinks sold $y$ (in tens)." },
  { setting: "A student records hours of revision $x$ and a practice-test score $y$ (out of 10)." },
  { setting: "An engineer records the load $x$ (kN) on a beam and its deflection $y$ (mm)." },
] as const;

interface Variant {
  data: { x: number[]; y: number[] };
  story: (typeof STORIES)[number];
}

function draw(rng: Rng): Variant | null {
  const story = pick(rng, STORIES);
  const n = integerBetween(rng, 5, 6);
  const start = integerBetween(rng, 0, 2);
  const x = Array.from({ length: n }, (_, i) => start + i);
  const intercept = pick(rng, [0.5, 1, 1.5, 2, 3]);
  const slope = pick(rng, [-0.8, -0.5, 0.5, 0.8, 1.2, 1.5]);
  const noise = pick(rng, [0.3, 0.5, 0.8]);
  const y = x.map((xi) => roundTo(intercept + slope * xi + normal(rng, 0, noise), 1));
  // Estimates near 0 make relative tolerances meaningless: draw again.
  const params = fit({ x, y });
  if (Math.abs(params.coefficients[1] ?? 0) < 0.2 || Math.abs(params.coefficients[0] ?? 0) < 0.2) return null;
  return { data: { x, y }, story };
}

const makeVariant = (rng: Rng): Variant => drawSome(rng, draw);

interface Sums {
  n: number;
  xBar: number;
  yBar: number;
  sxx: number;
  sxy: number;
  syy: number;
}

function sumsOf({ x, y }: Variant["data"]): Sums {
  const xBar = mean(x);
  const yBar = mean(y);
  return {
    n: x.length,
    xBar,
    yBar,
    sxx: sum(x.map((xi) => (xi - xBar) ** 2)),
    sxy: sum(x.map((xi, i) => (xi - xBar) * ((y[i] as number) - yBar))),
    syy: sum(y.map((yi) => (yi - yBar) ** 2)),
  };
}

const residualSumOfSquares = ({ x, y }: Variant["data"], intercept: number, slope: number) =>
  sum(x.map((xi, i) => ((y[i] as number) - intercept - slope * xi) ** 2));

/** The library's fit, the truth whenever the earlier parts hold their true values. */
const fit = (data: Variant["data"]) =>
  fitLinear(
    data.x.map((xi) => [xi]),
    data.y,
  ).params;

export const mleLinearRegression = defineComputation({
  id: "mle-linear-regression",
  title: "Linear regression under Gaussian noise: slope, intercept and noise variance",
  topic: "mle-closed-form",
  difficulty: "hard",
  tags: ["linear-regression", "least-squares", "closed-form", "variance"],
  source: "lib/estimation linear; Bishop (2006), Pattern Recognition and Machine Learning, §3.1.1 (least squares as maximum likelihood)",
  make: makeVariant,
  prompt: ({ data, story }) =>
    `${story.setting} The data are $x = ${texTuple(data.x)}$ and $y = ${texTuple(data.y)}$. Model $y_i = a + b x_i + \\varepsilon_i$ with independent $\\varepsilon_i \\sim N(0, \\sigma^2)$.`,
  parts: [
    {
      id: "slope",
      prompt: "Compute the MLE $\\hat b$ of the slope.",
      hints: () => [
        "$\\ell(a, b, \\sigma^2) = -\\tfrac n2\\log(2\\pi\\sigma^2) - \\tfrac{1}{2\\sigma^2}\\sum_i (y_i - a - b x_i)^2$: for any $\\sigma^2$, maximising over $(a, b)$ minimises the sum of squares.",
        "Least squares: $\\hat b = S_{xy}/S_{xx}$ with $S_{xy} = \\sum_i (x_i - \\bar x)(y_i - \\bar y)$ and $S_{xx} = \\sum_i (x_i - \\bar x)^2$.",
        "Compute $\\bar x$ and $\\bar y$ first, then the two sums.",
      ],
      truth: (data) => fit(data).coefficients[1] ?? Number.NaN,
      // The hinted route: x̄ and ȳ, each product (xᵢ − x̄)(yᵢ − ȳ) and square (xᵢ − x̄)², and both sums
      // written down to 4 figures.
      routes: [
        ({ x, y }, _earlier, round) => {
          const xBar = round(mean(x));
          const yBar = round(mean(y));
          const sxy = round(sum(x.map((xi, i) => round((xi - xBar) * ((y[i] as number) - yBar)))));
          const sxx = round(sum(x.map((xi) => round((xi - xBar) ** 2))));
          return sxy / sxx;
        },
      ],
      check: (data) => {
        const sums = sumsOf(data);
        return {
          mistakes: [
            {
              tag: "x-on-y",
              value: sums.sxy / sums.syy,
              message: "You divided by $S_{yy}$: that is the slope of $x$ regressed on $y$. The slope of $y$ on $x$ divides by $S_{xx}$.",
            },
            {
              tag: "sign-flipped",
              value: -sums.sxy / sums.sxx,
              message: "The sign is reversed: check the signs of the products $(x_i - \\bar x)(y_i - \\bar y)$.",
            },
          ],
        };
      },
    },
    {
      id: "intercept",
      prompt: "Compute the MLE $\\hat a$ of the intercept.",
      hints: () => [
        "Setting $\\partial\\ell/\\partial a = 0$ gives $\\sum_i (y_i - a - b x_i) = 0$: the fitted line passes through $(\\bar x, \\bar y)$.",
        "$\\hat a = \\bar y - \\hat b\\,\\bar x$, using your slope.",
      ],
      uses: ["slope"],
      truth: (data, earlier) => {
        const slope = earlier("slope");
        const { yBar, xBar } = sumsOf(data);
        return isTrueValue(slope, fit(data).coefficients[1] ?? Number.NaN)
          ? (fit(data).coefficients[0] ?? Number.NaN)
          : yBar - slope * xBar;
      },
      // ȳ and x̄ written down, with part 1's slope.
      routes: [({ x, y }, earlier, round) => round(mean(y)) - earlier("slope") * round(mean(x))],
      check: (data, truths) => {
        const { xBar, yBar } = sumsOf(data);
        const slope = truths.slope;
        const intercept = truths.intercept;
        return {
          // A slope right to 0.5 % moves ȳ − b̂x̄ by 0.5 % of b̂x̄: allow that on top of the default.
          tolerance: 0.005 * (1 + Math.abs(slope * xBar) / Math.abs(intercept)),
          mistakes: [
            {
              tag: "sign-flipped",
              value: yBar + slope * xBar,
              message: "You added $\\hat b\\,\\bar x$. The intercept is $\\bar y - \\hat b\\,\\bar x$.",
            },
          ],
        };
      },
    },
    {
      id: "variance",
      prompt: "Compute the MLE $\\hat\\sigma^2$ of the noise variance.",
      hints: ({ data }) => [
        "Maximise $\\ell$ over $\\sigma^2$ with $(a, b)$ at their MLEs: $\\partial\\ell/\\partial\\sigma^2 = -\\tfrac{n}{2\\sigma^2} + \\tfrac{\\text{RSS}}{2\\sigma^4} = 0$.",
        `So $\\hat\\sigma^2 = \\text{RSS}/n$ with $n = ${data.x.length}$, where RSS is the sum of squared residuals $y_i - \\hat a - \\hat b x_i$.`,
      ],
      uses: ["slope", "intercept"],
      truth: (data, earlier) => {
        const slope = earlier("slope");
        const intercept = earlier("intercept");
        const params = fit(data);
        return isTrueValue(slope, params.coefficients[1] ?? Number.NaN) && isTrueValue(intercept, params.coefficients[0] ?? Number.NaN)
          ? params.variance
          : residualSumOfSquares(data, intercept, slope) / data.x.length;
      },
      // Each residual from parts 1 and 2, its square and the RSS written down to 4 figures, then over n.
      routes: [
        ({ x, y }, earlier, round) => {
          const residuals = x.map((xi, i) => round((y[i] as number) - earlier("intercept") - earlier("slope") * xi));
          return round(sum(residuals.map((r) => round(r ** 2)))) / x.length;
        },
      ],
      check: (data, truths) => {
        const n = data.x.length;
        const rss = truths.variance * n;
        return {
          range: { min: 0, name: "a variance" },
          mistakes: [
            {
              tag: "n-minus-2",
              value: rss / (n - 2),
              message:
                "You divided by $n - 2$: that is the unbiased estimate regression software prints. The MLE divides the residual sum of squares by $n$.",
            },
            {
              tag: "n-minus-1",
              value: rss / (n - 1),
              message: "You divided by $n - 1$. The MLE divides the residual sum of squares by $n$.",
            },
            {
              tag: "rss-not-variance",
              value: rss,
              message: "That is the residual sum of squares. Divide it by $n$.",
            },
            {
              tag: "sd-not-variance",
              value: Math.sqrt(truths.variance),
              message:
                "That is $\\hat\\sigma$, the standard deviation. The question asks for the variance $\\hat\\sigma^2 = \\text{RSS}/n$.",
            },
          ],
        };
      },
    },
  ],
  solution: ({ data }, truths) => {
    const { n, xBar, yBar, sxx, sxy } = sumsOf(data);
    const slope = truths.slope;
    const intercept = truths.intercept;
    const residuals = data.x.map((xi, i) => (data.y[i] as number) - intercept - slope * xi);
    const rss = sum(residuals.map((r) => r ** 2));
    return [
      "For fixed $\\sigma^2$ the log-likelihood is a constant minus $\\frac{1}{2\\sigma^2}\\sum_i (y_i - a - bx_i)^2$, so the MLE of $(a, b)$ is the least-squares line.",
      `With $\\bar x = ${texNumber(xBar)}$ and $\\bar y = ${texNumber(yBar)}$: $S_{xx} = ${texNumber(sxx)}$ and $S_{xy} = ${texNumber(sxy)}$.`,
      `$$\\hat b = \\frac{S_{xy}}{S_{xx}} = \\frac{${texNumber(sxy)}}{${texNumber(sxx)}} = ${texNumber(slope)}, \\qquad \\hat a = \\bar y - \\hat b\\,\\bar x = ${texNumber(yBar)} - ${texTerm(slope)} \\times ${texNumber(xBar)} = ${texNumber(intercept)}.$$`,
      `The residuals are $(${residuals.map((r) => texNumber(r, 3)).join(", ")})$, so $\\text{RSS} = ${texNumber(rss)}$ and`,
      `$$\\hat\\sigma^2 = \\frac{\\text{RSS}}{n} = \\frac{${texNumber(rss)}}{${n}} = ${texNumber(truths.variance)}.$$`,
      `Dividing by $n - 2 = ${n - 2}$ instead gives the unbiased estimate ${texNumber(rss / (n - 2))}; the MLE is biased downwards, as for the plain variance.`,
    ].join("\n\n");
  },
});
