import { describe, expect, it } from "vitest";
import { codeSpan } from "@/lib/grading";

describe("codeSpan", () => {
  it("wraps text in one code span", () => {
    expect(codeSpan("0.7.1")).toBe("`0.7.1`");
    expect(codeSpan("<img src=x onerror=alert(1)>")).toBe("`<img src=x onerror=alert(1)>`");
  });

  it("keeps backticks and line breaks in the text from closing the span", () => {
    expect(codeSpan("1`<b>`2")).toBe("`1'<b>'2`");
    expect(codeSpan("1\n\n<b>2</b>")).toBe("`1 <b>2</b>`");
    expect(codeSpan("1\u00A0\t375")).toBe("`1 375`");
  });
});
