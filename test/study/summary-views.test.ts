// The summary's answer table and the progress page's topic standings, rendered to HTML: the
// learner's text stays text (never markup), choice labels are rendered, the weakest topic leads.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerTable } from "@/app/study/[id]/summary/answer-table";
import { TopicStandings } from "@/components/progress/topic-standings";
import { getTemplate } from "@/lib/questions";
import { summarizeSession } from "@/lib/study/session-summary";
import type { SessionView } from "@/lib/study/session-view";

describe("the answer table", () => {
  it("shows the learner's answer beside the truth, with the named mistake, and escapes the learner's text", () => {
    const html = renderToStaticMarkup(
      createElement(AnswerTable, {
        caption: "Question 1",
        parts: [
          {
            id: "variance",
            status: "incorrect",
            mistake: "n-minus-1",
            answer: { kind: "text", text: "<b>2.5</b>" },
            truth: { kind: "text", text: "2.25" },
          },
          {
            id: "which",
            status: "correct",
            mistake: null,
            answer: { kind: "choices", labels: ["$\\hat p$"] },
            truth: { kind: "choices", labels: ["$\\hat p$"] },
          },
        ],
      }),
    );
    expect(html).toContain("&lt;b&gt;2.5&lt;/b&gt;");
    expect(html).not.toContain("<b>2.5</b>");
    expect(html).toContain("2.25");
    expect(html).toContain('data-mistake="n-minus-1"');
    expect(html).toContain("Known mistake:");
    expect(html).toContain("katex");
  });
});

describe("an explain question in a review", () => {
  const explain = getTemplate("explain-probability-vs-likelihood");
  if (!explain) throw new Error("the bank has explain-probability-vs-likelihood");
  const written = "It is <script>alert(1)</script> the *same* function,\nread two ways.";
  const session: SessionView = {
    id: "s",
    mode: "mock",
    topics: [],
    difficulty: "any",
    length: 1,
    timeLimitSeconds: 1200,
    deadlineAt: new Date("2026-01-01T10:20:00Z"),
    startedAt: new Date("2026-01-01T10:00:00Z"),
    completedAt: new Date("2026-01-01T10:10:00Z"),
    items: [
      {
        id: "i",
        position: 0,
        templateId: explain.id,
        title: explain.title,
        topic: explain.topic,
        kind: "explain",
        difficulty: explain.difficulty,
        seed: 4,
        draft: null,
        hintsUsed: 0,
        attempt: {
          id: "a",
          score: 0.5,
          correct: false,
          gaveUp: false,
          durationMs: 60_000,
          rating: 1,
          answers: { answer: written },
          parts: [
            {
              id: "answer",
              status: "incorrect",
              selfAssessed: true,
              score: 0.5,
              covered: ["same-function", "likelihood-fixed-data", "mle-link"],
            },
          ],
        },
      },
    ],
  };

  it("carries the written answer, the model answer, the rubric and the ticks, marked self-assessed", () => {
    const summary = summarizeSession(session);
    expect(summary.selfAssessed).toBe(1);
    const item = summary.items[0];
    expect(item?.selfAssessed).toBe(true);
    const part = item?.parts[0];
    expect(part?.explain).toMatchObject({ written, covered: ["same-function", "likelihood-fixed-data", "mle-link"], score: 0.5 });
    expect(part?.explain?.rubric.map((point) => [point.id, point.essential])).toEqual([
      ["same-function", true],
      ["probability-fixed-theta", true],
      ["likelihood-fixed-data", true],
      ["not-a-density", true],
      ["mle-link", false],
    ]);
    expect(part?.explain?.modelAnswer.length).toBeGreaterThan(100);
  });

  it("renders the written answer as text beside the model answer, and the rubric as ticked", () => {
    const parts = summarizeSession(session).items[0]?.parts ?? [];
    const html = renderToStaticMarkup(createElement(AnswerTable, { caption: "Question 1", parts }));
    expect(html).toContain("It is &lt;script&gt;alert(1)&lt;/script&gt; the *same* function,\nread two ways.");
    expect(html).not.toContain("<script>");
    expect(html).toContain('data-testid="model-answer"');
    expect(html).toContain("Score 50% (self-assessed): 2 of 4 essential points (self-assessed).");
    expect(html.match(/data-covered="true"/g)).toHaveLength(3);
    expect(html.match(/data-covered="false"/g)).toHaveLength(2);
    expect(html.match(/>essential</g)).toHaveLength(4);
    expect(html.match(/>bonus</g)).toHaveLength(1);
  });

  it("shows a written answer never self-assessed (time ran out) from its draft", () => {
    const drafted = { ...session, items: session.items.map((item) => ({ ...item, attempt: null, draft: { answer: "Only a draft." } })) };
    const part = summarizeSession(drafted).items[0]?.parts[0];
    expect(part?.explain).toMatchObject({ written: "Only a draft.", covered: [], score: null });
    const html = renderToStaticMarkup(createElement(AnswerTable, { caption: "Question 1", parts: [part!] }));
    expect(html).toContain("Written, but not self-assessed.");
  });

  it("still shows the model answer and rubric of a question left unanswered", () => {
    const unanswered = { ...session, items: session.items.map((item) => ({ ...item, attempt: null })) };
    const part = summarizeSession(unanswered).items[0]?.parts[0];
    expect(part?.explain).toMatchObject({ written: "", covered: [], score: null });
    expect(part?.explain?.modelAnswer).toBeTruthy();
  });
});

describe("the topic standings", () => {
  it("names the weakest tried topic with its counts", () => {
    const html = renderToStaticMarkup(
      createElement(TopicStandings, {
        rows: [
          { topic: "em-mechanics", attempts: 4, correct: 1, accuracy: 0.25 },
          { topic: "likelihood", attempts: 2, correct: 2, accuracy: 1 },
          { topic: "mle-closed-form", attempts: 0, correct: 0, accuracy: null },
        ],
      }),
    );
    expect(html).toMatch(/Weakest so far: <span[^>]*>EM mechanics<\/span> \(1 of 4 questions right at the first try\)/);
    expect(html).toContain("1 / 4");
    expect(html).toContain("not tried");
  });
});
