// Choosing a session's questions: only matching templates, never one twice, topics interleaved,
// what needs work first (due cards, then untried templates), a valid fresh seed for each; and the
// start form's choices validated at the boundary.
import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/estimation/random";
import { TEMPLATES } from "@/lib/questions";
import { MAX_SEED } from "@/lib/questions/seed";
import { parseSessionForm } from "@/lib/study/options";
import { mockMix, planSession, type PlanCandidate } from "@/lib/study/plan";

const none = { due: new Set<string>(), attempted: new Set<string>() };
const random = (seed: number) => {
  const rng = createRng(seed);
  return () => rng.next();
};

const bank: PlanCandidate[] = [
  { id: "a1", topic: "a", difficulty: "easy" },
  { id: "a2", topic: "a", difficulty: "medium" },
  { id: "a3", topic: "a", difficulty: "hard" },
  { id: "a4", topic: "a", difficulty: "easy" },
  { id: "b1", topic: "b", difficulty: "easy" },
  { id: "b2", topic: "b", difficulty: "medium" },
  { id: "c1", topic: "c", difficulty: "easy" },
];

describe("planning a session", () => {
  it("keeps to the chosen topics and difficulty", () => {
    const plan = planSession(bank, { topics: ["a", "b"], difficulty: "easy", length: 10 }, none, random(1));
    expect(plan.map((item) => item.templateId).sort()).toEqual(["a1", "a4", "b1"]);
  });

  it("never repeats a template: fewer matches make a shorter session", () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const plan = planSession(bank, { topics: [], difficulty: "any", length: 20 }, none, random(seed));
      expect(plan).toHaveLength(bank.length);
      expect(new Set(plan.map((item) => item.templateId)).size).toBe(bank.length);
    }
  });

  it("interleaves topics while more than one has questions left", () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const topics = planSession(bank, { topics: [], difficulty: "any", length: 5 }, none, random(seed)).map((item) => item.templateId[0]);
      // a, b and c first in some order, then a and b again: no topic twice in a row.
      expect(new Set(topics.slice(0, 3)).size).toBe(3);
      expect(topics.every((topic, index) => index === 0 || topic !== topics[index - 1])).toBe(true);
    }
  });

  it("serves due cards first, then untried templates, then the rest", () => {
    const history = { due: new Set(["a3"]), attempted: new Set(["a1", "a2", "a3"]) };
    for (let seed = 0; seed < 20; seed += 1) {
      const plan = planSession(bank, { topics: ["a"], difficulty: "any", length: 2 }, history, random(seed));
      expect(plan.map((item) => item.templateId)).toEqual(["a3", "a4"]);
    }
  });

  it("draws a valid seed per question, reproducibly from the random stream", () => {
    const first = planSession(TEMPLATES, { topics: [], difficulty: "any", length: 20 }, none, random(42));
    const again = planSession(TEMPLATES, { topics: [], difficulty: "any", length: 20 }, none, random(42));
    expect(again).toEqual(first);
    expect(first.every((item) => Number.isInteger(item.seed) && item.seed >= 0 && item.seed <= MAX_SEED)).toBe(true);
    expect(new Set(first.map((item) => item.seed)).size).toBe(20);
    // The real bank has every topic: a 20-question mix of 9 topics holds at least 2 of each.
    const perTopic = new Map<string, number>();
    for (const item of first) {
      const topic = TEMPLATES.find((template) => template.id === item.templateId)?.topic ?? "?";
      perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
    }
    expect(perTopic.size).toBe(9);
    expect(Math.min(...perTopic.values())).toBeGreaterThanOrEqual(2);
  });

  it("returns nothing when nothing matches", () => {
    expect(planSession(bank, { topics: ["z"], difficulty: "any", length: 5 }, none, random(3))).toEqual([]);
  });
});

describe("a mock interview's mix", () => {
  const kindOf = (id: string) => TEMPLATES.find((template) => template.id === id)?.kind;
  const count = (ids: string[], kind: string) => ids.filter((id) => kindOf(id) === kind).length;

  it("is one explanation, then derivations, concept questions and computations, adding up to the length", () => {
    expect(mockMix(5)).toEqual({ explain: 1, derivation: 1, concept: 1, computation: 2 });
    expect(mockMix(8)).toEqual({ explain: 1, derivation: 2, concept: 2, computation: 3 });
    expect(mockMix(10)).toEqual({ explain: 1, derivation: 3, concept: 2, computation: 4 });
  });

  it("draws that mix from the real bank, with no template twice and topics mixed", () => {
    for (const length of [5, 8, 10]) {
      for (let seed = 0; seed < 40; seed += 1) {
        const ids = planSession(TEMPLATES, { topics: [], difficulty: "any", length, mix: mockMix(length) }, none, random(seed)).map(
          (item) => item.templateId,
        );
        expect(ids).toHaveLength(length);
        expect(new Set(ids).size).toBe(length);
        for (const [kind, wanted] of Object.entries(mockMix(length))) expect(count(ids, kind), `${kind} of ${length}`).toBe(wanted);
        // Nine topics: a mock of up to nine questions has no topic twice.
        const topics = new Set(ids.map((id) => TEMPLATES.find((template) => template.id === id)?.topic));
        expect(topics.size).toBe(Math.min(length, 9));
      }
    }
  });

  it("fills a kind the bank lacks with the other kinds, written explanations last", () => {
    const small: PlanCandidate[] = [
      { id: "x1", topic: "a", difficulty: "easy", kind: "explain" },
      { id: "x2", topic: "b", difficulty: "easy", kind: "explain" },
      { id: "c1", topic: "a", difficulty: "easy", kind: "computation" },
      { id: "c2", topic: "b", difficulty: "easy", kind: "computation" },
      { id: "q1", topic: "c", difficulty: "easy", kind: "concept" },
      { id: "q2", topic: "c", difficulty: "easy", kind: "concept" },
    ];
    for (let seed = 0; seed < 10; seed += 1) {
      // No derivation at all: its share goes to a concept question, not to a second explanation.
      const ids = planSession(small, { topics: [], difficulty: "any", length: 5, mix: mockMix(5) }, none, random(seed)).map(
        (item) => item.templateId,
      );
      expect(ids.filter((id) => id.startsWith("x"))).toHaveLength(1);
      expect(ids).toHaveLength(5);
      const all = planSession(small, { topics: [], difficulty: "any", length: 10, mix: mockMix(10) }, none, random(seed));
      expect(all).toHaveLength(small.length);
    }
  });
});

describe("the start form", () => {
  const form = (fields: [string, string][]) => {
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value);
    return data;
  };

  it("reads a study session with topics, difficulty and length", () => {
    const parsed = parseSessionForm(
      form([
        ["mode", "practice"],
        ["topic", "em-mechanics"],
        ["topic", "likelihood"],
        ["topic", "likelihood"],
        ["difficulty", "hard"],
        ["length", "15"],
      ]),
    );
    expect(parsed).toEqual({
      ok: true,
      options: { mode: "practice", topics: ["em-mechanics", "likelihood"], difficulty: "hard", length: 15 },
    });
  });

  it("reads a mock interview: all topics, a number of questions and a time limit", () => {
    expect(
      parseSessionForm(
        form([
          ["mode", "mock"],
          ["difficulty", "any"],
          ["length", "8"],
          ["minutes", "20"],
          ["topic", "likelihood"],
        ]),
      ),
    ).toEqual({
      ok: true,
      options: { mode: "mock", difficulty: "any", length: 8, minutes: 20 },
    });
  });

  it("refuses values outside the offered choices, with a message", () => {
    const cases: [string, [string, string][]][] = [
      [
        "length",
        [
          ["mode", "practice"],
          ["difficulty", "any"],
          ["length", "1000"],
        ],
      ],
      [
        "time limit",
        [
          ["mode", "mock"],
          ["difficulty", "any"],
          ["length", "8"],
          ["minutes", "0.1"],
        ],
      ],
      [
        "topic",
        [
          ["mode", "practice"],
          ["topic", "astrology"],
          ["difficulty", "any"],
          ["length", "5"],
        ],
      ],
      [
        "difficulty",
        [
          ["mode", "practice"],
          ["difficulty", "brutal"],
          ["length", "5"],
        ],
      ],
      ["session", [["mode", "exam"]]],
    ];
    for (const [word, fields] of cases) {
      const parsed = parseSessionForm(form(fields));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(word);
    }
  });
});
