// A failed check, through the question API or the practice page's server action, is logged on one
// line with a request id (lib/log.ts), never as a multi-line stack per bad request.
import { afterEach, describe, expect, it, vi } from "vitest";

// The failure: recording throws as a database error would, with a message over several lines.
vi.mock("@/lib/study/check", () => ({
  gradeAndRecord: async () => {
    throw new Error("Invalid `prisma.attempt.create()` invocation:\n\n  database is locked\n    at line 3");
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
});

function logged(spy: { mock: { calls: unknown[][] } }): string {
  expect(spy.mock.calls).toHaveLength(1);
  const call = spy.mock.calls[0] ?? [];
  expect(call).toHaveLength(1);
  const line = String(call[0]);
  expect(line).not.toContain("\n");
  return line;
}

describe("a failed check is logged on one line with a request id", () => {
  it("through the question API, which also sends the id to the client", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { POST } = await import("@/app/api/questions/[id]/check/route");
    const response = await POST(
      new Request("http://localhost/api/questions/mle-bernoulli-p/check", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ seed: 1, answers: { p: "0.5" } }),
      }),
      { params: Promise.resolve({ id: "mle-bernoulli-p" }) },
    );
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; requestId: string };
    expect(body.error).toBe("the answer could not be checked; please try again");
    expect(logged(error)).toBe(
      `[request ${body.requestId}] check failed: Error: Invalid \`prisma.attempt.create()\` invocation: | database is locked | at line 3`,
    );
  });

  it("through the practice page's server action, whose learner keeps the answer", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { checkAnswers } = await import("@/app/practice/[id]/actions");
    const state = await checkAnswers("mle-bernoulli-p", 1, { p: "0.5" }, "key-1");
    expect(state).toEqual({ kind: "error", message: "Your answer could not be checked just now. It is still here: please try again." });
    expect(logged(error)).toMatch(
      /^\[request [0-9a-f]{8}\] practice check failed: Error: Invalid `prisma\.attempt\.create\(\)` invocation: \| database is locked/,
    );
  });
});
