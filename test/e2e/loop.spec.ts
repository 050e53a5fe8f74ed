// The candidate's path around a question: wrong → hint → right → next; giving up; how retries and
// giving up are stored (the honest count); the question list's statuses; the home page's next steps;
// the header on one line at 375 px and the favicon. Screenshots of the question after a wrong answer
// and after giving up (1280 light, 375 dark) go to test-results/screenshots.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { getTemplate, listQuestions } from "../../lib/questions";

const SEED = 5151;
const PHONE = { width: 375, height: 812 };

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** p̂ of the Bernoulli variant, computed here from the data on the page: the share of ones. */
function bernoulliTruth(seed: number): number {
  const sample = getTemplate("mle-bernoulli-p")!.generate(seed).data.sample as number[];
  return sample.filter((x) => x === 1).length / sample.length;
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/loop-${name}.png`, fullPage: true });
}

async function newPage(browser: Browser, options: { phone?: boolean } = {}) {
  const context = await browser.newContext(
    options.phone ? { viewport: PHONE, colorScheme: "dark" } : { viewport: { width: 1280, height: 900 }, colorScheme: "light" },
  );
  return { context, page: await context.newPage() };
}

test("wrong, then a hint, then right, then the next question of the topic", async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const truth = bernoulliTruth(SEED);
  const wrong = (truth > 0.5 ? truth - 0.2 : truth + 0.2).toFixed(4);
  await page.goto(`/practice/mle-bernoulli-p?seed=${SEED}`);
  const input = page.getByLabel("Your answer");

  await input.fill(wrong);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=incorrect]")).toBeVisible();
  // Try, then learn: the answer is kept, the solution and the true value are not shown yet.
  await expect(input).toHaveValue(wrong);
  await expect(page.getByRole("heading", { name: "Worked solution" })).toHaveCount(0);
  await expect(page.getByTestId("expected-answer")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(String(Number(truth.toPrecision(4))));
  await shoot(page, "wrong-1280-light");
  await expectNoSeriousA11yViolations(page);

  const panel = page.getByTestId("try-again-panel");
  await panel.getByRole("button", { name: "Show a hint" }).click();
  await expect(page.locator('[id$="-p-hint-0"]')).toBeFocused();
  await panel.getByRole("button", { name: "Try again" }).click();
  await expect(input).toBeFocused();

  await input.fill(truth.toFixed(4));
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.getByTestId("expected-answer")).toContainText("The answer:");

  // Next: the next unsolved question of the same topic, in the bank's order, opened on a seed.
  const bank = listQuestions();
  const topic = getTemplate("mle-bernoulli-p")!.topic;
  const sameTopic = bank.filter((question) => question.topic === topic);
  const expectedNext = sameTopic[sameTopic.findIndex((question) => question.id === "mle-bernoulli-p") + 1] ?? sameTopic[0];
  await page.getByTestId("next-question").click();
  await expect(page).toHaveURL(new RegExp(`/practice/${expectedNext!.id}\\?seed=\\d+$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(expectedNext!.title);

  // The list shows what happened: the Bernoulli question attempted (its first check was wrong).
  await page.goto(`/practice?topic=${topic}#${topic}`);
  const row = page.locator('li[data-question="mle-bernoulli-p"]');
  await expect(row.getByTestId("question-status")).toContainText("attempted");
  await expect(row.getByTestId("question-status")).toContainText("last: right");
  await expect(row.getByRole("link")).toHaveAttribute("href", /\/practice\/mle-bernoulli-p\?seed=\d+$/);
  await expect(page.locator(`li[data-question="${expectedNext!.id}"]`).getByTestId("question-status")).toContainText("new");
  await expectNoSeriousA11yViolations(page);

  // Retries are kept, and do not turn the variant into a correct first answer.
  const exported = await (await page.request.get("/api/account/export")).json();
  const attempts = (exported.attempts as { templateId: string; seed: number; correct: boolean }[]).filter(
    (attempt) => attempt.templateId === "mle-bernoulli-p" && attempt.seed === SEED,
  );
  expect(attempts.map((attempt) => attempt.correct)).toEqual([false, true]);

  // A question right at its first check is solved.
  await page.goto(`/practice/mle-bernoulli-p?seed=${SEED + 1}`);
  await page.getByLabel("Your answer").fill(bernoulliTruth(SEED + 1).toFixed(4));
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await page.goto(`/practice?topic=${topic}`);
  await expect(page.locator('li[data-question="mle-bernoulli-p"]').getByTestId("question-status")).toContainText("solved");
  await context.close();
});

test("giving up shows the answers and the solution, after a confirm step, and counts as not correct", async ({ browser }) => {
  for (const phone of [false, true]) {
    const { context, page } = await newPage(browser, { phone });
    const seed = SEED + (phone ? 20 : 10);
    const truth = bernoulliTruth(seed);
    await page.goto(`/practice/mle-bernoulli-p?seed=${seed}`);
    const input = page.getByLabel("Your answer");
    // The right value typed but never checked: giving up with it still is not a correct answer.
    await input.fill(String(truth));
    await page.getByRole("button", { name: "Show solution" }).click();
    const confirm = page.getByTestId("give-up-confirm");
    await expect(confirm).toContainText("count as not correct");
    await expect(page.getByRole("heading", { name: "Worked solution" })).toHaveCount(0);
    await expect(confirm.getByRole("button", { name: "Show the solution" })).toBeFocused();
    await confirm.getByRole("button", { name: "Show the solution" }).click();

    await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Worked solution" })).toBeFocused();
    await expect(page.getByTestId("expected-answer")).toContainText(String(Number(truth.toPrecision(6))));
    await expect(page.getByRole("status").first()).toContainText("You gave up on this question");
    await expect(input).toHaveValue(String(truth));
    await shoot(page, phone ? "gave-up-375-dark" : "gave-up-1280-light");
    await expectNoSeriousA11yViolations(page);

    if (phone) {
      // The wrong-answer view on the phone, for the screenshot.
      await page.goto(`/practice/mle-bernoulli-p?seed=${seed + 1}`);
      await page.getByLabel("Your answer").fill("0.999");
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByTestId("try-again-panel")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await shoot(page, "wrong-375-dark");
      await expectNoSeriousA11yViolations(page);
    }

    const exported = await (await page.request.get("/api/account/export")).json();
    const gaveUp = (exported.attempts as { templateId: string; seed: number; correct: boolean; score: number }[]).filter(
      (attempt) => attempt.templateId === "mle-bernoulli-p" && attempt.seed === seed,
    );
    // Recorded once, not correct, although the typed value was right.
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatchObject({ correct: false, score: 1 });
    await context.close();
  }
});

test("the check API keeps the answer until the question is right or given up", async ({ request }) => {
  const truth = bernoulliTruth(SEED);
  const post = async (body: object) =>
    (await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: SEED, ...body } })).json();

  const wrong = await post({ answers: { p: "0.999" } });
  expect(wrong.score).toBe(0);
  expect(wrong.solution).toBeNull();
  expect(Object.keys(wrong.parts[0])).not.toContain("expected");
  expect(wrong.parts[0].message.length).toBeGreaterThan(0);

  const right = await post({ answers: { p: String(truth) } });
  expect(right.score).toBe(1);
  expect(right.parts[0].expected).toBeCloseTo(truth, 12);
  expect(typeof right.solution).toBe("string");

  const givenUp = await post({ answers: {}, reveal: true });
  expect(givenUp.parts[0]).toMatchObject({ status: "unanswered" });
  expect(givenUp.parts[0].expected).toBeCloseTo(truth, 12);
  expect(typeof givenUp.solution).toBe("string");

  const badReveal = await request.post("/api/questions/mle-bernoulli-p/check", { data: { seed: SEED, answers: {}, reveal: "yes" } });
  expect(badReveal.status()).toBe(400);
});

test("a returning learner's home page leads with what to do next; the header fits one line at 375 px; the site has a favicon", async ({
  browser,
}) => {
  const { context, page } = await newPage(browser, { phone: true });
  await page.goto("/");
  await expect(page.getByTestId("next-steps")).toHaveCount(0); // a new visitor: the introduction
  await page.goto(`/practice/mle-bernoulli-p?seed=${SEED + 40}`);
  await page.getByLabel("Your answer").fill("0.999");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=incorrect]")).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("next-steps")).toBeVisible();
  await expect(page.getByTestId("reviews-due")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const tops = await page
    .locator('nav[aria-label="Main"] > *, nav[aria-label="Main"] li')
    .evaluateAll((elements) =>
      elements.map((element) => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2)),
    );
  expect(new Set(tops).size, `header items' vertical centres: ${tops.join(", ")}`).toBe(1);
  // ...side by side, none over another: the mark, then each link.
  const spans = await page
    .locator('nav[aria-label="Main"] > a, nav[aria-label="Main"] li')
    .evaluateAll((elements) =>
      elements.map((element) => ({ left: element.getBoundingClientRect().left, right: element.getBoundingClientRect().right })),
    );
  spans.forEach((span, index) => {
    const before = spans[index - 1];
    if (before) expect(span.left, `header item ${index} starts after item ${index - 1} ends`).toBeGreaterThanOrEqual(before.right - 0.5);
    expect(span.right).toBeLessThanOrEqual(PHONE.width);
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const response = await page.request.get(icon!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("<svg");
  await context.close();
});

test("in a study session a wrong answer is tried again, and giving up answers the question as not correct", async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await page.goto("/study");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Study session" }) });
  await form.getByLabel("MLE with closed forms").check();
  await form.getByLabel("Easy").check();
  await form.getByLabel("5", { exact: true }).check();
  await form.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/study\/[^/?]+$/);

  // Whatever the question, a give-up before any check shows the solution and answers question 1.
  await page.getByRole("button", { name: "Show solution" }).click();
  await page.getByRole("button", { name: "Show the solution" }).click();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.getByTestId("expected-answer").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.reload();
  await expect(page.getByRole("link", { name: "Question 1: answered, not all correct" })).toBeVisible();
  await context.close();
});
