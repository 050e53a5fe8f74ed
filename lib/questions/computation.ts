/**
 * Computation questions: `defineComputation({...})` turns a seeded data generator and a list of parts
 * into a `QuestionTemplate`. The part ids are typed from the declaration: `truths.meanlog`,
 * `earlier("meanlog")`, `uses` and `interchangeable` only accept ids the template declares.
 *
 * The rules it enforces (docs/question-kinds.md, "Answer checking"):
 * - the truth of every part is a function of the variant's public `data` (and of earlier parts' values),
 *   so the numbers the learner sees are exactly the ones the solver used (tests recompute them from
 *   the served JSON);
 * - fair: each part's accepted band is derived from the variant's own data: how far the truth moves when
 *   the values the learner writes down on a taught route (the `routes`, and the earlier parts it `uses`)
 *   are rounded to 4 significant figures; never narrower than the part's own tolerance (0.5 % by default);
 * - strict: a variant is served only if every named mistake of every part lands outside that band; the
 *   generator otherwise draws again from the same seeded stream (see `drawUntil`);
 * - follow-through: a part that `uses` earlier parts is graded again against the learner's own earlier
 *   values when those were wrong but plausible (in range, and near the truth or a named mistake), and is
 *   then "correct, given your answer to part N" (`carriedForward: true`); the true value is always accepted;
 * - `interchangeable` parts (mixture components whose labels the question does not fix) are graded in
 *   the order of the components that fits the learner's answers best.
 */
import { DEFAULT_RELATIVE_TOLERANCE, matchMistake, parseAnswer, type NumberCheckSpec } from "../grading";
import { createRng, type Rng } from "../estimation/random";
import { gradeSingleChoice, shuffled, type ChoiceOption } from "./choice";
import { formatNumber } from "./format";
import { checkNumberPart } from "./number-part";
import { drawUntil, halfUnitInFourthFigure } from "./template-kit";
import type { TopicId } from "./topics";
import type { Answers, Difficulty, PartResult, PublicPart, QuestionTemplate } from "./types";

type Data = Record<string, unknown>;

/** The true value of every numeric part, by id. */
export type Truths<Id extends string> = { readonly [K in Id]: number };
/**
 * The one accessor for earlier parts' values inside `truth` and `routes`: the true value, or the
 * learner's own when follow-through regrades a part. It throws for a part the caller did not list in `uses`.
 */
export type Earlier<Id extends string> = (id: Id) => number;
/**
 * A way of working a part by hand that the prompt or hints teach. Every intermediate the learner would
 * write down goes through `round` (the route is run exactly, and with each intermediate moved by half a
 * unit in its 4th significant figure, to measure how far such rounding can move the answer). Earlier
 * parts' values read through `earlier` count as written down already.
 */
export type Route<D, Id extends string> = (data: D, earlier: Earlier<Id>, round: (value: number) => number) => number;

/** What `make` returns: the public `data` plus anything the prompt needs (a story, units). */
export interface ComputationVariant<D extends Data> {
  data: D;
}

export interface NumberPartSpec<V extends ComputationVariant<Data>, N extends string> {
  id: N;
  input?: "number";
  prompt: string | ((variant: V) => string);
  /** Progressive hints, gentlest first: at least one. */
  hints: (variant: V) => readonly string[];
  /**
   * The true value, from the public data and the values of earlier parts (`earlier(partId)`). For
   * follow-through those are the learner's own values when they were wrong, so compute from them.
   */
  truth(data: V["data"], earlier: Earlier<NoInfer<N>>): number;
  /** Earlier parts whose values `truth` reads: enables follow-through, and widens the band by their rounding. */
  uses?: readonly NoInfer<N>[];
  /** Tolerance, range and known mistakes; `truths` holds the true value of every numeric part. */
  check?(data: V["data"], truths: Truths<NoInfer<N>>): NumberCheckSpec;
  /** Hand routes with their written-down intermediates (see `Route`): the accepted band covers each. */
  routes?: readonly Route<V["data"], NoInfer<N>>[];
}

export interface ChoicePartSpec<V extends ComputationVariant<Data>, C extends string> {
  id: C;
  input: "choice";
  prompt: string | ((variant: V) => string);
  hints: (variant: V) => readonly string[];
  /** Exactly one right option; every option explains itself. Shown in a seeded order. */
  options(data: V["data"]): readonly ChoiceOption[];
}

export type ComputationPartSpec<V extends ComputationVariant<Data>, N extends string, C extends string> =
  NumberPartSpec<V, N> | ChoicePartSpec<V, C>;

export interface ComputationSpec<V extends ComputationVariant<Data>, N extends string, C extends string> {
  id: string;
  title: string;
  topic: TopicId;
  difficulty: Difficulty;
  tags: readonly string[];
  /** The model in `lib/estimation` that the truth agrees with, and a textbook or paper reference. */
  source: string;
  /** Seeded data: every number exactly as the learner will see it (round before returning). */
  make(rng: Rng): V;
  prompt(variant: V): string;
  parts: readonly ComputationPartSpec<V, N, C>[];
  /** The worked solution with this variant's numbers; `truths` holds every numeric part's true value. */
  solution(variant: V, truths: Truths<NoInfer<N>>): string;
  /**
   * Groups of part ids, one group per component, in the same order within each group, e.g.
   * `[["mean1", "variance1"], ["mean2", "variance2"]]`: the learner may number the components either way.
   */
  interchangeable?: readonly (readonly NoInfer<N>[])[];
}

/** One numeric part of one variant as it is graded: for the property tests and for tools. */
export interface PartAudit {
  id: string;
  truth: number;
  /** Half-width of the accepted band around the truth (absolute). */
  band: number;
  check: NumberCheckSpec;
  mistakes: readonly { tag: string; value: number }[];
}

export interface ComputationAudit {
  data: Record<string, unknown>;
  parts: readonly PartAudit[];
  /** Whether every named mistake of every part lands outside its band (always true for a served variant). */
  strict: boolean;
}

const audits = new WeakMap<QuestionTemplate, (seed: number) => ComputationAudit>();

/** The graded bands and named mistakes of a computational template's variant, or undefined for other templates. */
export function auditComputation(template: QuestionTemplate, seed: number): ComputationAudit | undefined {
  return audits.get(template)?.(seed);
}

function isNumberPart<V extends ComputationVariant<Data>, N extends string, C extends string>(
  part: ComputationPartSpec<V, N, C>,
): part is NumberPartSpec<V, N> {
  return part.input !== "choice";
}

function permutations(count: number): number[][] {
  if (count <= 1) return [[0]];
  const result: number[][] = [];
  for (const rest of permutations(count - 1)) {
    for (let at = 0; at <= rest.length; at += 1) result.push([...rest.slice(0, at), count - 1, ...rest.slice(at)]);
  }
  // The identity first, so that a tie keeps the learner's numbering.
  return result.sort((a, b) => Number(b.every((v, i) => v === i)) - Number(a.every((v, i) => v === i)));
}

/** A rational truth as "a/b" in lowest terms (continued fractions), for parts asked as a fraction. */
function lowestTermsFraction(x: number): string {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = x;
  for (let i = 0; i < 40; i += 1) {
    const a = Math.floor(rest);
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    if (Math.abs(h1 / k1 - x) <= 1e-12 * Math.max(1, Math.abs(x))) break;
    rest = 1 / (rest - a);
  }
  return k1 === 1 ? String(h1) : `${h1}/${k1}`;
}

/** The number a learner typed, or null when the text is not one. */
function readNumber(answer: string | string[] | undefined): number | null {
  if (typeof answer !== "string") return null;
  const parsed = parseAnswer(answer);
  return parsed.ok ? parsed.value : null;
}

const prompted = <V>(text: string | ((variant: V) => string), variant: V): string => (typeof text === "function" ? text(variant) : text);

/**
 * How far a route's answer can move when each written-down intermediate is rounded to 4 significant
 * figures: the exact route's distance from the truth plus, to first order, the sum of the moves caused by
 * each intermediate alone (a worst case: the roundings may all push the same way). Cost: one run of the
 * route per intermediate, plus one.
 */
function routeSpread(truth: number, run: (round: (value: number) => number) => number): number {
  let count = 0;
  const exact = run((value) => {
    count += 1;
    return value;
  });
  if (!Number.isFinite(exact)) return 0;
  let spread = 0;
  for (let target = 0; target < count; target += 1) {
    let index = 0;
    const moved = run((value) => (index++ === target ? value + halfUnitInFourthFigure(value) : value));
    if (Number.isFinite(moved)) spread += Math.abs(moved - exact);
  }
  // 10 % on top of the first-order bound for the curvature of the route over such small moves.
  return Math.abs(exact - truth) + 1.1 * spread;
}

/** The band's half-width around `truth` that a check accepts (relative tolerance, or absolute floor). */
function acceptedHalfWidth(truth: number, check: NumberCheckSpec): number {
  if (check.exact || check.lowestTerms) return 0;
  const relative = (check.tolerance ?? DEFAULT_RELATIVE_TOLERANCE) * Math.abs(truth);
  return Math.max(relative, check.absoluteTolerance ?? 0);
}

/** "Give 4 significant figures; accepted within 0.5 %." and the like: said under every numeric part. */
function precisionNote(truth: number, check: NumberCheckSpec): string {
  if (check.lowestTerms) return "Give the exact value as a fraction in lowest terms.";
  if (check.exact) return "Give the exact value.";
  const relative = check.tolerance ?? DEFAULT_RELATIVE_TOLERANCE;
  const absolute = check.absoluteTolerance ?? 0;
  if (absolute > relative * Math.abs(truth)) {
    return `Give 4 significant figures; accepted within ±${formatNumber(absolute, 2)} (what rounding to 4 figures along the way can change).`;
  }
  return `Give 4 significant figures; accepted within ${formatNumber(relative * 100, 2)} %.`;
}

/**
 * Whether a learner's earlier value is one a later part can sensibly build on: in the part's range, and
 * on the scale of the truth and the named mistakes (within three times the largest of them, or of 1), or
 * a named mistake itself. 123456789 typed for a log-mean is not, and earns no "correct, given your answer".
 */
function isPlausible(value: number, truth: number, check: NumberCheckSpec): boolean {
  const { range } = check;
  if (range && ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max))) return false;
  const mistakes = (check.mistakes ?? []).filter((mistake) => Number.isFinite(mistake.value));
  const scale = Math.max(1, Math.abs(truth), ...mistakes.map((mistake) => Math.abs(mistake.value)));
  if (Math.abs(value - truth) <= 3 * scale) return true;
  return matchMistake(value, mistakes, 0.02, { absoluteToleranceAtZero: 1e-6 }) !== null;
}

/** Variants kept per template, for the several grades of one seed (retries, the property tests). */
const CACHE_SIZE = 32;

export function defineComputation<V extends ComputationVariant<Data>, const N extends string, const C extends string = never>(
  spec: ComputationSpec<V, N, C>,
): QuestionTemplate {
  const { id, title, topic, difficulty, tags, source } = spec;
  const partIds: string[] = spec.parts.map((part) => part.id);
  if (new Set(partIds).size !== partIds.length) throw new Error(`computation template ${id}: a part id is used twice`);
  for (const group of spec.interchangeable ?? []) {
    if (group.length !== (spec.interchangeable?.[0]?.length ?? 0)) {
      throw new Error(`computation template ${id}: interchangeable groups must list equally many parts each`);
    }
  }
  const numberParts = spec.parts.filter(isNumberPart);
  const choiceShuffle = (seed: number) => createRng((seed ^ 0x5bd1e995) >>> 0);

  /** The accessor a part's `truth` gets: only the parts it lists in `uses`. */
  function accessor(part: NumberPartSpec<V, N>, values: Partial<Record<N, number>>): Earlier<N> {
    return (used) => {
      const value = values[used];
      if (value === undefined || !(part.uses ?? []).includes(used)) {
        throw new Error(`computation template ${id}: part ${part.id} reads part ${used}; list it in \`uses\` after it is defined`);
      }
      return value;
    };
  }

  /** True values of every numeric part, in order, each from the data and the earlier parts' true values. */
  function truthsOf(data: V["data"]): Truths<N> {
    const values: Partial<Record<N, number>> = {};
    for (const part of numberParts) {
      const value = part.truth(data, accessor(part, values));
      if (!Number.isFinite(value)) throw new Error(`computation template ${id}: part ${part.id} has no finite truth`);
      values[part.id] = value;
    }
    return values as Truths<N>; // every numeric part was set just above
  }

  /** The band of one part: its own check, widened to cover every taught route worked to 4 figures. */
  function bandedCheck(part: NumberPartSpec<V, N>, data: V["data"], truths: Truths<N>): NumberCheckSpec {
    const check = part.check?.(data, truths) ?? {};
    if (check.exact || check.lowestTerms) return check;
    const truth = truths[part.id];
    const routes: Route<V["data"], N>[] = [...(part.routes ?? [])];
    if ((part.uses ?? []).length > 0) routes.push((routeData, earlier) => part.truth(routeData, earlier));
    let spread = 0;
    for (const route of routes) {
      spread = Math.max(
        spread,
        routeSpread(truth, (round) => {
          const earlier: Earlier<N> = (used) => {
            if (!(part.uses ?? []).includes(used))
              throw new Error(`computation template ${id}: part ${part.id} reads ${used} without \`uses\``);
            return round(truths[used]);
          };
          return route(data, earlier, round);
        }),
      );
    }
    // The learner's own final rounding comes on top of the route's.
    const needed = spread > 0 ? spread + halfUnitInFourthFigure(truth) : 0;
    if (needed <= acceptedHalfWidth(truth, check)) return check;
    return { ...check, absoluteTolerance: needed };
  }

  interface Prepared {
    variant: V;
    truths: Truths<N>;
    checks: Record<string, NumberCheckSpec>;
    strict: boolean;
  }

  function prepare(variant: V): Prepared {
    const truths = truthsOf(variant.data);
    const checks: Record<string, NumberCheckSpec> = {};
    let strict = true;
    for (const part of numberParts) {
      const check = bandedCheck(part, variant.data, truths);
      checks[part.id] = check;
      const truth = truths[part.id];
      const halfWidth = acceptedHalfWidth(truth, check);
      for (const mistake of check.mistakes ?? []) {
        if (!Number.isFinite(mistake.value)) continue;
        const { range } = check;
        const outOfRange =
          range !== undefined &&
          ((range.min !== undefined && mistake.value < range.min) || (range.max !== undefined && mistake.value > range.max));
        // A mistake typed to 4 figures must still land outside the band; exact parts only need it different.
        const margin =
          check.exact || check.lowestTerms ? 1e-9 * Math.max(1, Math.abs(truth)) : halfWidth + halfUnitInFourthFigure(mistake.value);
        if (!outOfRange && Math.abs(mistake.value - truth) <= margin) strict = false;
      }
    }
    return { variant, truths, checks, strict };
  }

  const cache = new Map<number, Prepared>();
  function preparedOf(seed: number): Prepared {
    const hit = cache.get(seed);
    if (hit) return hit;
    const prepared = drawUntil(
      createRng(seed),
      (rng) => prepare(spec.make(rng)),
      (candidate) => candidate.strict,
    );
    const oldest = cache.keys().next();
    if (cache.size >= CACHE_SIZE && !oldest.done) cache.delete(oldest.value);
    cache.set(seed, prepared);
    return prepared;
  }

  /** Grades every part with `truthFor` as the truth of each numeric part (a permutation of the true values). */
  function gradeAll(prepared: Prepared, answers: Answers, truthFor: (partId: N) => N): PartResult[] {
    const { variant, truths, checks } = prepared;
    const data = variant.data;
    const own: Partial<Record<N, number>> = {}; // the learner's plausible values where they differ from the truth
    const implausible = new Set<N>();
    return spec.parts.map((part) => {
      if (!isNumberPart(part)) return gradeSingleChoice(part.id, part.options(data), answers[part.id]);
      const graded = truthFor(part.id);
      const truth = truths[graded];
      const check = checks[graded] ?? {};
      const result = checkNumberPart(part.id, answers[part.id], truth, check);
      const used = part.uses ?? [];
      const wrongEarlier = used.filter((earlierId) => own[earlierId] !== undefined || implausible.has(earlierId));
      // A short answer from a wrong earlier value is "imprecise" against the truth: try the learner's own values too.
      if (
        (result.status === "incorrect" || result.status === "imprecise") &&
        wrongEarlier.length > 0 &&
        !wrongEarlier.some((earlierId) => implausible.has(earlierId))
      ) {
        let ownTruth = Number.NaN;
        try {
          ownTruth = part.truth(data, accessor(part, { ...truths, ...own }));
        } catch {
          // The learner's values lie outside the model (a log of a negative): no follow-through.
        }
        const carried = Number.isFinite(ownTruth) ? checkNumberPart(part.id, answers[part.id], ownTruth, { ...check, mistakes: [] }) : null;
        if (carried?.status === "correct") {
          const earlier = wrongEarlier.map((earlierId) => `part ${partIds.indexOf(earlierId) + 1}`).join(" and ");
          const value = readNumber(answers[part.id]);
          if (value !== null) own[part.id] = value;
          return {
            id: part.id,
            status: "correct",
            carriedForward: true,
            message: `Correct, given your answer to ${earlier}: your method is right. With the true value of ${earlier} this part is ${formatNumber(truth, 6)}.`,
            expected: truth,
          };
        }
      }
      if (result.status === "incorrect") {
        const value = readNumber(answers[part.id]);
        if (value !== null && isPlausible(value, truth, check)) own[part.id] = value;
        else implausible.add(part.id);
      }
      return result;
    });
  }

  const template: QuestionTemplate = {
    id,
    title,
    topic,
    difficulty,
    kind: "computation",
    tags,
    source,
    partIds,

    generate(seed) {
      const { variant, truths, checks } = preparedOf(seed);
      const rng = choiceShuffle(seed);
      const parts: PublicPart[] = spec.parts.map((part) => {
        const text = prompted(part.prompt, variant);
        if (isNumberPart(part)) {
          const note = precisionNote(truths[part.id], checks[part.id] ?? {});
          return { id: part.id, prompt: `${text} ${note}`, hints: [...part.hints(variant)], input: "number" as const };
        }
        const choices = shuffled(part.options(variant.data), rng.next).map(({ id: choiceId, label }) => ({ id: choiceId, label }));
        return { id: part.id, prompt: text, hints: [...part.hints(variant)], input: "choice" as const, choices };
      });
      return { id, seed, title, topic, prompt: spec.prompt(variant), data: variant.data, parts };
    },

    grade(seed, answers) {
      const prepared = preparedOf(seed);
      const { variant, truths } = prepared;
      let parts = gradeAll(prepared, answers, (partId) => partId);
      const groups = spec.interchangeable ?? [];
      if (groups.length > 1) {
        const countCorrect = (results: PartResult[]) => results.filter((part) => part.status === "correct").length;
        let best = countCorrect(parts);
        for (const order of permutations(groups.length).slice(1)) {
          const swapped = new Map<N, N>();
          groups.forEach((group, g) =>
            group.forEach((partId, j) => {
              const target = groups[order[g] ?? g]?.[j];
              if (target !== undefined) swapped.set(partId, target);
            }),
          );
          const candidate = gradeAll(prepared, answers, (partId) => swapped.get(partId) ?? partId);
          if (countCorrect(candidate) > best) {
            best = countCorrect(candidate);
            parts = candidate.map((part) =>
              part.status === "correct" && [...swapped].some(([from, to]) => from === part.id && to !== from)
                ? {
                    ...part,
                    message: `${part.message} Your components are numbered the other way round, which is fine: the question does not fix the labels.`,
                  }
                : part,
            );
          }
        }
      }
      const correct = parts.filter((part) => part.status === "correct").length;
      return { score: correct / parts.length, parts, solution: spec.solution(variant, truths) };
    },

    answerKey(seed) {
      const { variant, truths, checks } = preparedOf(seed);
      return Object.fromEntries(
        spec.parts.map((part) => {
          if (!isNumberPart(part)) {
            return [
              part.id,
              part
                .options(variant.data)
                .filter((option) => option.correct)
                .map((option) => option.id),
            ];
          }
          const truth = truths[part.id];
          return [part.id, checks[part.id]?.lowestTerms ? lowestTermsFraction(truth) : String(truth)];
        }),
      );
    },

    truths(data) {
      // The served `data` is the variant's own object shape; tests pass it back as JSON.
      return truthsOf(data as V["data"]);
    },
  };

  audits.set(template, (seed) => {
    const { variant, truths, checks, strict } = preparedOf(seed);
    return {
      data: variant.data,
      strict,
      parts: numberParts.map((part) => {
        const check = checks[part.id] ?? {};
        const truth = truths[part.id];
        return {
          id: part.id,
          truth,
          band: acceptedHalfWidth(truth, check),
          check,
          mistakes: (check.mistakes ?? []).map(({ tag, value }) => ({ tag, value })),
        };
      }),
    };
  });
  return template;
}
