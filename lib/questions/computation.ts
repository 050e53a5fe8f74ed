/**
 * Computation questions: `defineComputation({...})` turns a seeded data generator and a list of parts
 * into a `QuestionTemplate`.
 *
 * The rules it enforces:
 * - the truth of every part is a function of the variant's public `data` (and of earlier parts' values),
 *   so the numbers the learner sees are exactly the ones the solver used (tests recompute them from
 *   the served JSON);
 * - follow-through: a part that `uses` earlier parts is graded again against the learner's own earlier
 *   values when those were wrong, and is then "correct, given your answer to part N"
 *   (`carriedForward: true`); the true value is always accepted too;
 * - `interchangeable` parts (mixture components whose labels the question does not fix) are graded in
 *   the order of the components that fits the learner's answers best.
 */
import { parseAnswer, type NumberCheckSpec } from "../grading";
import { createRng, type Rng } from "../estimation/random";
import { gradeSingleChoice, shuffled, type ChoiceOption } from "./choice";
import { formatNumber } from "./format";
import { checkNumberPart } from "./number-part";
import type { TopicId } from "./topics";
import type { Answers, Difficulty, PartResult, PublicPart, QuestionTemplate } from "./types";

type Data = Record<string, unknown>;
export type PartValues = Readonly<Record<string, number>>;

/** What `make` returns: the public `data` plus anything the prompt needs (a story, units). */
export interface ComputationVariant<D extends Data> {
  data: D;
}

export interface NumberPartSpec<V extends ComputationVariant<Data>> {
  id: string;
  input?: "number";
  prompt: string | ((variant: V) => string);
  /** Progressive hints, gentlest first: at least one. */
  hints: (variant: V) => readonly string[];
  /**
   * The true value, from the public data and the values of earlier parts (`values[partId]`). For
   * follow-through those are the learner's own values when they were wrong, so compute from them.
   */
  truth(data: V["data"], values: PartValues): number;
  /** Earlier parts whose values `truth` reads: enables follow-through. */
  uses?: readonly string[];
  /** Tolerance, range and known mistakes; `truths` holds the true value of every part. */
  check?(data: V["data"], truths: PartValues): NumberCheckSpec;
}

export interface ChoicePartSpec<V extends ComputationVariant<Data>> {
  id: string;
  input: "choice";
  prompt: string | ((variant: V) => string);
  hints: (variant: V) => readonly string[];
  /** Exactly one right option; every option explains itself. Shown in a seeded order. */
  options(data: V["data"]): readonly ChoiceOption[];
}

export type ComputationPartSpec<V extends ComputationVariant<Data>> = NumberPartSpec<V> | ChoicePartSpec<V>;

export interface ComputationSpec<V extends ComputationVariant<Data>> {
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
  parts: readonly ComputationPartSpec<V>[];
  /** The worked solution with this variant's numbers; `truths` holds every numeric part's true value. */
  solution(variant: V, truths: PartValues): string;
  /**
   * Groups of part ids, one group per component, in the same order within each group, e.g.
   * `[["mean1", "variance1"], ["mean2", "variance2"]]`: the learner may number the components either way.
   */
  interchangeable?: readonly (readonly string[])[];
}

function isNumberPart<V extends ComputationVariant<Data>>(part: ComputationPartSpec<V>): part is NumberPartSpec<V> {
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

const prompted = <V>(text: string | ((variant: V) => string), variant: V): string =>
  typeof text === "function" ? text(variant) : text;

export function defineComputation<V extends ComputationVariant<Data>>(spec: ComputationSpec<V>): QuestionTemplate {
  const { id, title, topic, difficulty, tags, source } = spec;
  const partIds = spec.parts.map((part) => part.id);
  if (new Set(partIds).size !== partIds.length) throw new Error(`computation template ${id}: a part id is used twice`);
  for (const group of spec.interchangeable ?? []) {
    if (group.length !== (spec.interchangeable?.[0]?.length ?? 0) || group.some((partId) => !partIds.includes(partId))) {
      throw new Error(`computation template ${id}: interchangeable groups must list known parts, equally many each`);
    }
  }
  const numberParts = spec.parts.filter(isNumberPart);
  const choiceShuffle = (seed: number) => createRng((seed ^ 0x5bd1e995) >>> 0);

  const variantOf = (seed: number): V => spec.make(createRng(seed));

  /** True values of every numeric part, in order, each from the data and the earlier parts' true values. */
  function truthsOf(data: V["data"]): Record<string, number> {
    const values: Record<string, number> = {};
    for (const part of numberParts) {
      const value = part.truth(data, values);
      if (!Number.isFinite(value)) throw new Error(`computation template ${id}: part ${part.id} has no finite truth`);
      values[part.id] = value;
    }
    return values;
  }

  /** Grades every part with `truthFor` as the truth of each numeric part (a permutation of the true values). */
  function gradeAll(data: V["data"], answers: Answers, truths: PartValues, truthFor: (partId: string) => number): PartResult[] {
    const own: Record<string, number> = {}; // the learner's values where they differ from the truth
    return spec.parts.map((part) => {
      if (!isNumberPart(part)) return gradeSingleChoice(part.id, part.options(data), answers[part.id]);
      const truth = truthFor(part.id);
      const check = part.check?.(data, truths) ?? {};
      const result = checkNumberPart(part.id, answers[part.id], truth, check);
      const wrongEarlier = (part.uses ?? []).filter((used) => own[used] !== undefined);
      // A short answer from a wrong earlier value is "imprecise" against the truth: try the learner's own values too.
      if ((result.status === "incorrect" || result.status === "imprecise") && wrongEarlier.length > 0) {
        const ownTruth = part.truth(data, { ...truths, ...own });
        const carried = Number.isFinite(ownTruth)
          ? checkNumberPart(part.id, answers[part.id], ownTruth, { ...check, mistakes: [] })
          : null;
        if (carried?.status === "correct") {
          const earlier = wrongEarlier.map((used) => `part ${partIds.indexOf(used) + 1}`).join(" and ");
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
        if (value !== null) own[part.id] = value;
      }
      return result;
    });
  }


  return {
    id,
    title,
    topic,
    difficulty,
    kind: "computation",
    tags,
    source,
    partIds,

    generate(seed) {
      const variant = variantOf(seed);
      const rng = choiceShuffle(seed);
      const parts: PublicPart[] = spec.parts.map((part) => {
        const base = { id: part.id, prompt: prompted(part.prompt, variant), hints: [...part.hints(variant)] };
        if (isNumberPart(part)) return { ...base, input: "number" as const };
        const choices = shuffled(part.options(variant.data), rng.next).map(({ id: choiceId, label }) => ({ id: choiceId, label }));
        return { ...base, input: "choice" as const, choices };
      });
      return { id, seed, title, topic, prompt: spec.prompt(variant), data: variant.data, parts };
    },

    grade(seed, answers) {
      const variant = variantOf(seed);
      const truths = truthsOf(variant.data);
      let parts = gradeAll(variant.data, answers, truths, (partId) => truths[partId] as number);
      const groups = spec.interchangeable ?? [];
      if (groups.length > 1) {
        const countCorrect = (results: PartResult[]) => results.filter((part) => part.status === "correct").length;
        let best = countCorrect(parts);
        for (const order of permutations(groups.length).slice(1)) {
          const swapped = new Map<string, string>();
          groups.forEach((group, g) =>
            group.forEach((partId, j) => swapped.set(partId, groups[order[g] as number]?.[j] as string)),
          );
          const candidate = gradeAll(variant.data, answers, truths, (partId) => truths[swapped.get(partId) ?? partId] as number);
          if (countCorrect(candidate) > best) {
            best = countCorrect(candidate);
            parts = candidate.map((part) =>
              swapped.get(part.id) !== part.id && part.status === "correct"
                ? { ...part, message: `${part.message} Your components are numbered the other way round, which is fine: the question does not fix the labels.` }
                : part,
            );
          }
        }
      }
      const correct = parts.filter((part) => part.status === "correct").length;
      return { score: correct / parts.length, parts, solution: spec.solution(variant, truths) };
    },

    answerKey(seed) {
      const variant = variantOf(seed);
      const truths = truthsOf(variant.data);
      return Object.fromEntries(
        spec.parts.map((part) => {
          if (!isNumberPart(part)) {
            return [part.id, part.options(variant.data).filter((option) => option.correct).map((option) => option.id)];
          }
          const truth = truths[part.id] as number;
          return [part.id, part.check?.(variant.data, truths).lowestTerms ? lowestTermsFraction(truth) : String(truth)];
        }),
      );
    },

    truths(data) {
      return truthsOf(data as V["data"]);
    },
  };
}
