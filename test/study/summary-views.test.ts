// The summary's answer table and the progress page's topic standings, rendered to HTML: the
// learner's text stays text (never markup), choice labels are rendered, the weakest topic leads.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerTable } from "@/app/study/[id]/summary/answer-table";
import { TopicStandings } from "@/components/progress/topic-standings";

describe("the answer table", () => {
  it("shows the learner's answer beside the truth, with the named mistake, and escapes the learner's text", () => {
    const html = renderToStaticMarkup(
      createElement(AnswerTable, {
        caption: "Question 1",
        parts: [
          { id: "variance", status: "incorrect", mistake: "n-minus-1", answer: { kind: "text", text: "<b>2.5</b>" }, truth: { kind: "text", text: "2.25" } },
          { id: "which", status: "correct", mistake: null, answer: { kind: "choices", labels: ["$\\hat p$"] }, truth: { kind: "choices", labels: ["$\\hat p$"] } },
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
