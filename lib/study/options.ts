// What a learner chooses when starting a study session or a mock interview, validated at the
// boundary (the start form posts strings). Pure: no database, no React.
import { z } from "zod";
import { TOPICS, type TopicId } from "../questions/topics";

import {
  DEFAULT_MOCK_LENGTH,
  DEFAULT_MOCK_MINUTES,
  DEFAULT_SESSION_LENGTH,
  MOCK_LENGTHS,
  MOCK_MINUTES,
  SESSION_DIFFICULTIES,
  SESSION_LENGTHS,
  type SessionDifficulty,
} from "./option-values";

export {
  DEFAULT_MOCK_LENGTH,
  DEFAULT_MOCK_MINUTES,
  DEFAULT_SESSION_LENGTH,
  MOCK_LENGTHS,
  MOCK_MINUTES,
  SESSION_DIFFICULTIES,
  SESSION_LENGTHS,
  type SessionDifficulty,
};

const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

/** A number from a form field that must be one of a short list of choices. */
function oneOf<const T extends readonly number[]>(choices: T, what: string) {
  return z.coerce
    .number({ error: `choose ${what}` })
    .refine((value): value is T[number] => choices.includes(value), { error: `${what} must be one of ${choices.join(", ")}` });
}

const difficulty = z.enum(SESSION_DIFFICULTIES, { error: "choose a difficulty: any, easy, medium or hard" });

export const practiceOptionsSchema = z.object({
  mode: z.literal("practice"),
  /** Empty: every topic. */
  topics: z.array(z.enum(TOPIC_IDS, { error: "unknown topic" })).max(TOPIC_IDS.length),
  difficulty,
  length: oneOf(SESSION_LENGTHS, "a length"),
});

export const mockOptionsSchema = z.object({
  mode: z.literal("mock"),
  difficulty,
  length: oneOf(MOCK_LENGTHS, "a number of questions"),
  minutes: oneOf(MOCK_MINUTES, "a time limit"),
});

export const sessionOptionsSchema = z.discriminatedUnion("mode", [practiceOptionsSchema, mockOptionsSchema], {
  error: "choose a study session or a mock interview",
});

export type PracticeOptions = z.output<typeof practiceOptionsSchema>;
export type MockOptions = z.output<typeof mockOptionsSchema>;
export type SessionOptions = z.output<typeof sessionOptionsSchema>;

export type ParsedOptions = { ok: true; options: SessionOptions } | { ok: false; error: string };

/** Reads the start form. Topics arrive as repeated `topic` fields; a mock interview mixes all topics. */
export function parseSessionForm(form: FormData): ParsedOptions {
  const mode = form.get("mode");
  const raw =
    mode === "mock"
      ? { mode, difficulty: form.get("difficulty"), length: form.get("length"), minutes: form.get("minutes") }
      : { mode, topics: [...new Set(form.getAll("topic"))], difficulty: form.get("difficulty"), length: form.get("length") };
  const parsed = sessionOptionsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, error: parsed.error.issues[0]?.message ?? "the form could not be read" };
}
