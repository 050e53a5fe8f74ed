/**
 * The body of `POST /api/questions/:id/check` (docs/question-api.md), validated with zod at the boundary:
 * `{ "seed": N, "answers": { PART_ID: "typed text" | ["choice ids"] }, "assessment"?: { PART_ID: ["rubric point ids"] } }`.
 */
import { z } from "zod";
import { MAX_ANSWER_LENGTH } from "../grading";
import { MAX_EXPLANATION_LENGTH } from "./explain";
import { MAX_SEED } from "./seed";
import type { QuestionTemplate } from "./types";

/**
 * Text with no NUL character (U+0000): PostgreSQL can store it in neither text nor jsonb, so a
 * request holding one is refused as invalid on both databases instead of failing on one.
 */
const text = (max: number, message?: string) =>
  z
    .string()
    .max(max, message)
    .refine((value) => !value.includes("\u0000"), "text cannot contain the NUL character (U+0000)");

const answerSchema = z.union(
  [
    // Explain parts take a written paragraph; every other part's cap is checked per template below.
    text(MAX_EXPLANATION_LENGTH, `an answer is at most ${MAX_EXPLANATION_LENGTH} characters`),
    z.array(text(100)).max(20),
  ],
  { error: "each answer must be the typed text (a string) or a list of choice ids (strings)" },
);

export const checkRequestSchema = z.object({
  seed: z
    .number({ error: "seed is required and must be a number" })
    .int("seed must be a whole number")
    .min(0, "seed must be ≥ 0")
    .max(MAX_SEED, `seed must be ≤ ${MAX_SEED}`),
  answers: z.record(z.string(), answerSchema, { error: "answers is required: an object of part id → answer" }),
  // Explain parts: the rubric points the learner ticks as covered (docs/question-api.md, "Explain parts").
  assessment: z
    .record(z.string(), z.array(text(100)).max(50), {
      error: "assessment must be an object of part id → list of rubric point ids",
    })
    .optional(),
  /** The learner gives up: the answers are graded and the expected values and solution sent back. */
  reveal: z.boolean({ error: "reveal, when given, must be true or false" }).optional(),
});

export type CheckRequest = z.infer<typeof checkRequestSchema>;

export type CheckRequestParse = { ok: true; request: CheckRequest } | { ok: false; error: string };

/** Validates a body against the schema and against the template's part ids. */
export function parseCheckRequest(body: unknown, template: QuestionTemplate): CheckRequestParse {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, error: "the body must be a JSON object with seed and answers" };
  }
  const parsed = checkRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message ?? "invalid body";
    const path = issue?.path.join(".") ?? "";
    // zod's own messages ("expected string, received number") need the field; ours name it already.
    return { ok: false, error: path && !message.startsWith(path) ? `${path}: ${message}` : message };
  }
  const { partIds } = template;
  const unknown = Object.keys(parsed.data.answers).filter((id) => !partIds.includes(id));
  if (unknown.length > 0) {
    // A few names are enough to say what is wrong; a body full of junk keys gets a short answer.
    const shown = unknown
      .slice(0, 3)
      .map((id) => `"${id.slice(0, 40)}"`)
      .join(", ");
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
    return { ok: false, error: `answers has unknown part ${shown}${more}; this question's parts are ${partIds.join(", ")}` };
  }
  const cap = template.kind === "explain" ? MAX_EXPLANATION_LENGTH : MAX_ANSWER_LENGTH;
  for (const [id, answer] of Object.entries(parsed.data.answers)) {
    if (typeof answer === "string" && answer.length > cap) {
      return { ok: false, error: `answers.${id.slice(0, 40)}: an answer is at most ${cap} characters` };
    }
  }
  const unassessable = Object.keys(parsed.data.assessment ?? {}).filter((id) => !partIds.includes(id));
  if (unassessable.length > 0) {
    const shown = unassessable
      .slice(0, 3)
      .map((id) => `"${id.slice(0, 40)}"`)
      .join(", ");
    return { ok: false, error: `assessment has unknown part ${shown}; this question's parts are ${partIds.join(", ")}` };
  }
  return { ok: true, request: parsed.data };
}
