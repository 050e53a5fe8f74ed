// The question API contract of docs/question-api.md, against the production server.
import { expect, test } from "@playwright/test";
// The answer keys are computed in this process from the same bank the server runs.
import { getTemplate } from "../../lib/questions";

test("GET /api/health answers once the database does", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("GET /api/questions lists the templates", async ({ request }) => {
  const { questions } = await (await request.get("/api/questions")).json();
  expect(questions).toEqual(
    expect.arrayContaining([
      { id: "mle-bernoulli-p", title: expect.any(String), topic: expect.any(String), difficulty: expect.any(String), kind: "computation" },
      expect.objectContaining({ id: "concept-hidden-label", kind: "concept" }),
    ]),
  );
});

test("GET /api/questions/:id returns a reproducible variant without answers", async ({ request }) => {
  const first = await (await request.get("/api/questions/mle-bernoulli-p?seed=99")).json();
  const again = await (await request.get("/api/questions/mle-bernoulli-p?seed=99")).json();
  expect(first).toEqual(again);
  expect(first).toMatchObject({ id: "mle-bernoulli-p", seed: 99, parts: [{ id: "p", input: "number" }] });
  expect(JSON.stringify(first)).not.toMatch(/expected|solution/);

  const unseeded = await (await request.get("/api/questions/mle-bernoulli-p")).json();
  expect(Number.isInteger(unseeded.seed)).toBe(true);

  expect((await request.get("/api/questions/no-such-template")).status()).toBe(404);
  expect((await request.get("/api/questions/mle-bernoulli-p?seed=abc")).status()).toBe(400);
});

test("POST /api/questions/:id/check grades, validates and rejects", async ({ request }) => {
  const { data } = await (await request.get("/api/questions/mle-bernoulli-p?seed=5")).json();
  const sample: number[] = data.sample;
  const truth = sample.filter((x) => x === 1).length / sample.length;

  const right = await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: 5, answers: { p: String(truth) } } });
  expect(right.status()).toBe(200);
  const graded = await right.json();
  expect(graded).toMatchObject({ score: 1, parts: [{ id: "p", status: "correct" }] });
  expect(graded.solution).toContain("\\hat p");

  const invalid = await (await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: 5, answers: { p: "abc" } } })).json();
  expect(invalid.parts[0]).toMatchObject({ status: "invalid", message: expect.stringContaining("abc") });
  // Nothing graded, nothing recorded: and nothing revealed either.
  expect(invalid.solution).toBeNull();
  expect(invalid.parts[0].expected).toBeUndefined();

  const list = await (
    await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: 5, answers: { p: ["1", "/", "2"] } } })
  ).json();
  expect(list.parts[0].status).toBe("invalid");

  const outOfRange = await (
    await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: 5, answers: { p: "1.45" } } })
  ).json();
  expect(outOfRange.parts[0]).toMatchObject({
    status: "incorrect",
    message: "`1.45` is out of range: a probability lies between 0 and 1.",
  });

  const unanswered = await (await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: 5, answers: {} } })).json();
  expect(unanswered.parts[0].status).toBe("unanswered");
  expect(unanswered.solution).toBeNull();

  const huge = await request.post("/api/questions/mle-bernoulli-p/check", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ seed: 5, answers: { p: "0.5" }, padding: "x".repeat(100_000) }),
  });
  expect(huge.status()).toBe(413);

  for (const body of [
    '{"seed": 5',
    JSON.stringify({ answers: { p: "1" } }),
    JSON.stringify({ seed: 5 }),
    JSON.stringify({ seed: -1, answers: {} }),
    JSON.stringify([1]),
  ]) {
    const response = await request.post("/api/questions/mle-bernoulli-p/check", {
      headers: { "content-type": "application/json" },
      data: body,
    });
    expect(response.status(), body).toBe(400);
    expect((await response.json()).error, body).toEqual(expect.any(String));
  }
  const unknown = await request.post("/api/questions/no-such-template/check", { data: { seed: 1, answers: {} } });
  expect(unknown.status()).toBe(404);
});

test("a repeated Idempotency-Key is recorded once, even when the retry has no cookie", async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  const fresh = () => playwright.request.newContext({ baseURL }); // no cookies: a client whose response was lost
  const first = await fresh();
  const { data } = await (await first.get("/api/questions/mle-bernoulli-p?seed=8")).json();
  const truth = (data.sample as number[]).filter((x) => x === 1).length / data.sample.length;
  const key = `retry-${Date.now()}`;
  const send = (client: typeof first, answer: string) =>
    client.post("/api/questions/mle-bernoulli-p/check", {
      headers: { "Idempotency-Key": key },
      data: { seed: 8, answers: { p: answer } },
    });
  expect((await send(first, String(truth))).status()).toBe(200); // creates the guest learner and sets its cookie
  expect((await send(first, String(truth))).status()).toBe(200);
  const retry = await fresh();
  expect((await send(retry, String(truth))).status()).toBe(200);
  // The same key for another answer is refused.
  const reused = await send(first, "0.01");
  expect(reused.status()).toBe(422);
  expect((await reused.json()).error).toMatch(/Idempotency-Key/);

  const html = await (await first.get("/progress")).text();
  expect(html).toMatch(/data-testid="attempt-count"[^>]*>1</);
  const retryHtml = await (await retry.get("/progress")).text();
  expect(retryHtml).toMatch(/data-testid="attempt-count"[^>]*>0</);
  await first.dispose();
  await retry.dispose();
});

test("pages answer with real status codes", async ({ request }) => {
  expect((await request.get("/practice/no-such-template", { maxRedirects: 0 })).status()).toBe(404);
  const unseeded = await request.get("/practice/mle-bernoulli-p", { maxRedirects: 0 });
  expect(unseeded.status()).toBe(307);
  expect(unseeded.headers().location).toMatch(/\/practice\/mle-bernoulli-p\?seed=\d+$/);
});

test("every template in the bank serves a variant and grades its answer key as correct over HTTP", async ({ request }) => {
  const { questions } = (await (await request.get("/api/questions")).json()) as { questions: { id: string; kind: string }[] };
  expect(questions.length).toBeGreaterThanOrEqual(120);
  expect(questions.filter((question) => question.kind === "computation").length).toBeGreaterThanOrEqual(40);
  for (const { id } of questions) {
    const seed = 4242;
    const variant = await (await request.get(`/api/questions/${id}?seed=${seed}`)).json();
    expect(Object.keys(variant).sort(), id).toEqual(["data", "id", "parts", "prompt", "seed", "title", "topic"]);
    expect(JSON.stringify(variant), id).not.toMatch(/"(expected|solution|correct|explanation)":/); // as keys (a part may be called "expected")
    const template = getTemplate(id);
    expect(template, id).toBeDefined();
    const answers = template?.answerKey(seed) ?? {};
    // An explain question is right once its written answer is self-assessed with every point ticked.
    const assessment = template?.assessmentKey?.(seed);
    const graded = await request.post(`/api/questions/${id}/check`, { data: { seed, answers, ...(assessment ? { assessment } : {}) } });
    expect(graded.status(), id).toBe(200);
    const body = await graded.json();
    expect(body.score, `${id}: ${JSON.stringify(body.parts)}`).toBe(1);
    expect(typeof body.solution, id).toBe("string");
  }
});
