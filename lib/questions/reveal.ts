/**
 * What of a grade the learner may see ("try, then learn", docs/question-api.md): the expected
 * values and the worked solution only once the question is answered right (every part correct) or
 * given up (`reveal`). Before that a wrong answer keeps its message and its named mistake, with
 * every sentence that would give the truth away taken out.
 */
import type { GradeResult, PartResult, PublicGradeResult, QuestionTemplate } from "./types";

/** A part graded right or wrong: the check is an attempt and is recorded. */
export function isGraded(result: GradeResult): boolean {
  return result.parts.some((part) => part.status === "correct" || part.status === "incorrect");
}

/** Every part right: the question is solved and may show its answers. */
export function isSolved(result: GradeResult): boolean {
  return result.parts.length > 0 && result.parts.every((part) => part.status === "correct");
}

/**
 * The sentences of a grader's message that state the truth, with what is said instead (an empty
 * string drops the sentence). Each one names where its message comes from; the bank-wide test
 * (test/questions/reveal.test.ts) fails when a new message gives a true value away.
 */
const TRUTH_SENTENCES: readonly { pattern: RegExp; replacement: string }[] = [
  // computation.ts, a later part carried forward: "With the true value of part 1 this part is 0.4321."
  { pattern: / ?With the true values? of [^.]*? this part is \S+?\.(?=\s|$)/g, replacement: "" },
  // choice.ts, an order part: "step 3 should be “Compute the responsibilities”."
  { pattern: /step (\d+) should be “[^”]*”\./g, replacement: "step $1 is out of place." },
];

/** choice.ts, a multiple-choice part: one line per option; the missed ones would name the right options. */
const MISSED_OPTION_LINE = /^- You missed: .*$/gm;

/** A message with the truth taken out: the expected value, the right options not chosen, the right order. */
export function withheldMessage(message: string): string {
  const missed = message.match(MISSED_OPTION_LINE)?.length ?? 0;
  let text = message;
  if (missed > 0) {
    const lines = text
      .replace(MISSED_OPTION_LINE, "")
      .split("\n")
      .filter((line) => line.trim() !== "");
    const count = missed === 1 ? "- You missed 1 option that applies." : `- You missed ${missed} options that apply.`;
    text = [...lines, count].join("\n");
  }
  for (const { pattern, replacement } of TRUTH_SENTENCES) text = text.replace(pattern, replacement);
  return text.trim();
}

function withheldPart(part: PartResult): PartResult {
  // `expected` is left out, not set to undefined: the JSON must not carry the key at all.
  const { expected: _withheld, ...rest } = part;
  return { ...rest, message: withheldMessage(part.message) };
}

/** What is needed to show every part's answer when the learner gives up. */
export interface RevealSource {
  template: Pick<QuestionTemplate, "grade" | "answerKey">;
  seed: number;
}

/**
 * The grade the learner receives.
 * - Every part correct: everything, as graded.
 * - `reveal` given (the learner gave up): everything too, with `expected` on every part, also on the
 *   parts left empty or unreadable (taken from a grade of the answer key).
 * - Otherwise: no `expected` on any part, `solution: null`, and messages without the truth.
 */
export function publicGrade(result: GradeResult, reveal?: RevealSource): PublicGradeResult {
  if (isSolved(result)) return result;
  if (reveal) {
    const key = reveal.template.grade(reveal.seed, reveal.template.answerKey(reveal.seed));
    const expectedOf = (partId: string) => key.parts.find((part) => part.id === partId)?.expected;
    return {
      ...result,
      parts: result.parts.map((part) => {
        const expected = part.expected ?? expectedOf(part.id);
        return expected === undefined ? part : { ...part, expected };
      }),
    };
  }
  return { score: result.score, parts: result.parts.map(withheldPart), solution: null };
}
