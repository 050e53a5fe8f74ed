// The interview's own formats on a 375-px phone: a derivation typed as formulas (a wrong step named,
// an unknown symbol refused, equivalent rewrites accepted, the expected formulas only once right) and
// an explanation written, compared with the model answer and self-assessed against its rubric (the
// rubric never served before the text, the written answer stored and exported). axe finds no
// serious violation on the way.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PHONE = { width: 375, height: 812 };

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

async function expectFitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("a derivation: a named wrong step and an unknown symbol, then equivalent rewrites are right", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/practice/derive-exponential-mle?seed=11");
  await expect(page.getByText("Symbols you can use").first()).toBeVisible();

  const formula = (index: number) => page.getByLabel(`Formula ${index}`, { exact: true });
  await formula(1).fill("lambda^n * exp(-lambda*S)");
  // The live preview typesets what was read.
  await expect(page.getByTestId("answer-preview").first()).toContainText("Read as");
  await expect(page.getByTestId("answer-preview").first().locator(".katex")).toBeVisible();
  await formula(2).fill("n*log(lambda) - lambda*S");
  await formula(3).fill("n/lambda - T");
  await formula(4).fill("S/n");
  await page.getByRole("button", { name: "Check answer" }).click();

  await expect(page.locator("[data-status=invalid]")).toContainText("T");
  await expect(page.locator("[data-mistake=mean-for-rate]")).toBeVisible();
  // Try, then learn: no expected formula and no solution while it is not right.
  await expect(page.getByTestId("expected-answer")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Worked solution" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/derive-wrong-375-dark.png", fullPage: true });
  await expectFitsThePhone(page);
  await expectNoSeriousA11yViolations(page);

  // Rewritten, not respelled: still right.
  await formula(1).fill("exp(-S*lambda)*lambda^n");
  await formula(2).fill("log(lambda^n) - S*lambda");
  await formula(3).fill("(n - lambda*S)/lambda");
  await formula(4).fill("1/xbar");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toHaveCount(4);
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.getByTestId("expected-answer")).toHaveCount(4);
  await expect(page.getByTestId("expected-answer").nth(3)).toContainText("n/S");
  await expectFitsThePhone(page);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("an explanation: written, compared with the model answer, self-assessed, stored and exported", async ({ browser, request }) => {
  const id = "explain-probability-vs-likelihood";
  // The API never serves the rubric or the model answer with the question.
  const served = await (await request.get(`/api/questions/${id}?seed=4`)).text();
  expect(served).not.toContain("rubric");
  expect(served).not.toContain("modelAnswer");
  // Through the API: the text brings the rubric; the ticks grade it, self-assessed.
  const check = (body: object) => request.post(`/api/questions/${id}/check`, { data: { seed: 4, ...body } });
  const compared = (await (await check({ answers: { answer: "My words." } })).json()) as {
    score: number;
    parts: { status: string; rubric?: { id: string; essential: boolean }[] }[];
  };
  expect(compared.parts[0]?.status).toBe("unanswered");
  expect(compared.parts[0]?.rubric?.filter((point) => point.essential)).toHaveLength(4);
  const essentials = compared.parts[0]?.rubric?.filter((point) => point.essential).map((point) => point.id) ?? [];
  const graded = await (await check({ answers: { answer: "My words." }, assessment: { answer: essentials } })).json();
  expect(graded).toMatchObject({ score: 1, parts: [{ status: "correct", selfAssessed: true, score: 1 }] });
  expect((await check({ answers: { answer: "x".repeat(4001) } })).status()).toBe(400);

  const context = await browser.newContext({ viewport: PHONE, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`/practice/${id}?seed=4`);
  await expect(page.getByTestId("model-answer")).toHaveCount(0);

  const written =
    "Same formula f(x | θ), two readings:\nwith θ fixed it is a probability of data; with the data fixed, <b>a function of θ</b>.";
  const field = page.getByLabel("Your answer");
  await field.fill(written);
  await page.getByRole("button", { name: "Check answer" }).click();

  await expect(page.getByTestId("model-answer")).toBeVisible();
  await expect(field).toHaveJSProperty("readOnly", true);
  await expect(field).toHaveValue(written);
  await expect(page.getByText("essential", { exact: true })).toHaveCount(4);
  await expect(page.getByText("bonus", { exact: true })).toHaveCount(1);
  await page.screenshot({ path: "test-results/screenshots/explain-compare-375-dark.png", fullPage: true });
  await expectFitsThePhone(page);
  await expectNoSeriousA11yViolations(page);

  const compare = page.getByTestId("explain-compare");
  const boxes = compare.getByRole("checkbox");
  await expect(boxes).toHaveCount(5);
  // Two of the four essential points (the first and third), and the bonus point.
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await boxes.nth(4).check();
  await page.getByRole("button", { name: "Submit self-assessment" }).click();
  await expect(page.locator("[data-status=incorrect]")).toContainText("Self-assessed: essential points missing, 50%");
  await expect(page.getByRole("status").first()).toContainText("Saved to your progress");
  await expect(page.getByTestId("try-again-panel")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The written answer and the ticks are the learner's data: exported as typed.
  const exported = (await (await page.request.get("/api/account/export")).json()) as {
    attempts: {
      templateId: string;
      answers: Record<string, string>;
      score: number;
      parts: { covered?: string[]; selfAssessed?: boolean }[];
    }[];
  };
  const attempt = exported.attempts.find((candidate) => candidate.templateId === id);
  expect(attempt?.answers.answer).toBe(written);
  expect(attempt?.score).toBe(0.5);
  expect(attempt?.parts[0]).toMatchObject({ selfAssessed: true, covered: ["same-function", "likelihood-fixed-data", "mle-link"] });
  await context.close();
});
