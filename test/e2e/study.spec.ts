// The study loop in the browser: sign up → a study session (resumed after closing the page) →
// its summary → the dashboard shows it; the review queue; a mock interview that times out and
// keeps every typed answer. axe finds no serious violation on any of these pages.
//
// The questions a session draws are random, so once a session has started the test sets its
// questions to known templates in the server's SQLite file (and, for the time-out, moves the
// mock's deadline and runs the page's countdown on Playwright's clock): the app itself has no
// test-only switch. The right
// answers are computed here from the data the API serves, with the textbook formulas.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE_URL } from "./server";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

function withDatabase<T>(work: (db: Database.Database) => T): T {
  const db = new Database(path.resolve(__dirname, "../..", E2E_DATABASE_URL.replace(/^file:/, "")));
  db.pragma("busy_timeout = 5000");
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Prisma's text form of a DateTime in SQLite. */
const sqlDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Moves a mock interview's deadline (epoch milliseconds) in the server's database. */
function setDeadline(sessionId: string, deadline: number) {
  withDatabase((db) => db.prepare('UPDATE "StudySession" SET "deadlineAt" = ? WHERE "id" = ?').run(sqlDate(new Date(deadline)), sessionId));
}

const KNOWN_ITEMS = [
  { templateId: "mle-bernoulli-p", seed: 11 },
  { templateId: "mle-normal", seed: 12 },
  { templateId: "mle-poisson-rate", seed: 13 },
  { templateId: "mle-exponential-rate", seed: 14 },
  { templateId: "mle-uniform-upper", seed: 15 },
];

function setItems(sessionId: string) {
  withDatabase((db) => {
    const update = db.prepare(
      'UPDATE "SessionItem" SET "templateId" = ?, "seed" = ?, "draft" = NULL WHERE "sessionId" = ? AND "position" = ?',
    );
    KNOWN_ITEMS.forEach((item, position) => update.run(item.templateId, item.seed, sessionId, position));
  });
}

async function sample(request: APIRequestContext, templateId: string, seed: number): Promise<number[]> {
  const variant = await (await request.get(`/api/questions/${templateId}?seed=${seed}`)).json();
  return variant.data.sample as number[];
}

/** p̂ = (number of ones) / n. */
async function bernoulliAnswer(request: APIRequestContext, seed: number): Promise<string> {
  const xs = await sample(request, "mle-bernoulli-p", seed);
  return (xs.filter((x) => x === 1).length / xs.length).toFixed(6);
}

/** μ̂ = mean; σ̂² = Σ(x − μ̂)² / n, or / (n − 1) for the classic slip. */
async function normalAnswers(request: APIRequestContext, seed: number, divisor: "n" | "n-1") {
  const xs = await sample(request, "mle-normal", seed);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const squares = xs.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  return { mean: mean.toFixed(6), variance: (squares / (divisor === "n" ? xs.length : xs.length - 1)).toFixed(6) };
}

const draftSaved = (page: Page) => page.waitForResponse((response) => response.url().includes("/draft") && response.status() === 204);

const run = Date.now().toString(36);
const username = `grace_${run}`;
const password = "a stable password";
let accountState: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>> | null = null;

test.describe.configure({ mode: "serial" });

test("sign up, a study session resumed after closing the page, its summary, and the dashboard", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  let page = await context.newPage();

  await page.goto("/signup");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/\?welcome=new$/); // sign-up lands on the home page

  // A new learner's pages say what will appear, and how to start.
  await page.goto("/progress");
  await expect(page.getByText("No attempts yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a study session" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/review");
  await expect(page.getByText("No cards yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/study");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study");
  await expectNoSeriousA11yViolations(page);
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Study session" }) });
  await form.getByLabel("MLE with closed forms").check();
  await form.getByLabel("Easy").check();
  await form.getByLabel("5", { exact: true }).check();
  await form.getByRole("button", { name: "Start session" }).click();
  await expect(page).toHaveURL(/\/study\/[^/?]+$/);
  const sessionId = new URL(page.url()).pathname.split("/")[2] as string;
  setItems(sessionId);
  await page.reload();

  // Question 1, right.
  await expect(page.getByText("Study session · Question 1 of 5")).toBeVisible();
  await page.getByLabel("Your answer").fill(await bernoulliAnswer(page.request, 11));
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved to your progress." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Question 2, the variance divided by n − 1: named as a known mistake.
  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page).toHaveURL(/\?q=2$/);
  const slip = await normalAnswers(page.request, 12, "n-1");
  await page.getByLabel("Answer 1").fill(slip.mean);
  await page.getByLabel("Answer 2").fill(slip.variance);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-mistake=n-minus-1]")).toBeVisible();

  // Question 3: typed, not checked, and the page closed.
  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page).toHaveURL(/\?q=3$/);
  const saved = draftSaved(page);
  await page.getByLabel("Your answer").fill("123.456");
  await saved;
  await page.close();

  // Back later: the session is listed as unfinished and resumes where the answer was typed.
  page = await context.newPage();
  await page.goto("/study");
  await expect(page.getByRole("heading", { name: "Unfinished" })).toBeVisible();
  await page.getByRole("link", { name: /^Resume/ }).click();
  await expect(page.getByText("Study session · Question 3 of 5")).toBeVisible();
  await expect(page.getByLabel("Your answer")).toHaveValue("123.456");
  await expect(page.getByRole("link", { name: "Question 1: answered correctly" })).toBeVisible();

  // Finishing early asks first, then grades the typed answer with the rest.
  await page.getByRole("button", { name: "Finish session" }).click();
  await expect(page.getByText("2 other questions have no checked answer.")).toBeVisible();
  await page.getByRole("button", { name: "Finish now" }).click();
  await expect(page).toHaveURL(new RegExp(`/study/${sessionId}/summary$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Session summary");
  await expect(page.getByTestId("summary-correct")).toHaveText("1 of 5");
  await expect(page.getByText("You answered 3 of 5 questions.")).toBeVisible();
  const mistakes = page.getByTestId("summary-mistakes").getByRole("listitem");
  await expect(mistakes).toHaveCount(4);
  await expect(mistakes.nth(0)).toContainText("Known mistake: divided by n − 1");
  await expect(mistakes.nth(1)).toContainText("Score 0%");
  await expect(mistakes.nth(2)).toContainText("Not answered.");
  await expectNoSeriousA11yViolations(page);

  // Each mistake links to its worked solution (with the learner's own answers) and to a fresh variant.
  await mistakes
    .nth(0)
    .getByRole("link", { name: /Worked solution/ })
    .click();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.locator("code", { hasText: slip.variance }).first()).toBeVisible();
  await expect(page.locator("[data-mistake=n-minus-1]")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goBack();
  await mistakes
    .nth(0)
    .getByRole("link", { name: /Fresh variant/ })
    .click();
  await expect(page).toHaveURL(/\/practice\/mle-normal\?seed=\d+$/);

  // The dashboard shows the session.
  await page.goto("/progress");
  await expect(page.getByTestId("attempt-count")).toHaveText("3");
  await expect(page.getByTestId("correct-count")).toHaveText("1");
  await expect(page.getByTestId("accuracy")).toHaveText("33%");
  await expect(page.getByTestId("streak-current")).toHaveText("1 day");
  await expect(page.getByTestId("heatmap")).toHaveAttribute("aria-label", /You studied on 1 of the last \d+ days\./);
  await expect(page.getByTestId("due-summary")).toContainText("3 reviews in the next two weeks");
  // One week of answers: where the learner is weak, per topic; the weekly trend waits for a second week.
  await expect(page.locator("section[aria-labelledby=where-weak]")).toContainText("MLE with closed forms");
  await expect(page.getByText("The weekly trend appears once you have practised in two different weeks.")).toBeVisible();
  await expect(page.locator(".recharts-wrapper")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The streak can be hidden, and stays hidden.
  await page.getByRole("button", { name: "Hide streak" }).click();
  await expect(page.getByText("Your streak is hidden.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("streak-current")).toHaveCount(0);
  await page.getByRole("button", { name: "Show streak" }).click();
  await expect(page.getByTestId("streak-current")).toHaveText("1 day");

  accountState = await context.storageState();
  await context.close();
});

test("the review queue serves due cards with fresh variants and reschedules them", async ({ browser }) => {
  test.skip(accountState === null, "needs the account of the previous test");
  const context = await browser.newContext({ storageState: accountState ?? undefined });
  const page = await context.newPage();

  // The three cards of the session come due (their learning steps are minutes long): the
  // normal-MLE card first, as the most overdue.
  withDatabase((db) => {
    const user = db.prepare('SELECT "id" FROM "User" WHERE "username" = ?').get(username) as { id: string };
    const hoursAgo = (hours: number) => sqlDate(new Date(Date.now() - hours * 3_600_000));
    const update = db.prepare('UPDATE "ReviewCard" SET "due" = ? WHERE "userId" = ? AND "templateId" = ?');
    update.run(hoursAgo(3), user.id, "mle-normal");
    update.run(hoursAgo(2), user.id, "mle-bernoulli-p");
    update.run(hoursAgo(1), user.id, "mle-poisson-rate");
  });

  await page.goto("/review");
  await expect(page.getByTestId("due-count")).toHaveText("3");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Start reviewing" }).click();
  await expect(page).toHaveURL(/\/review\/mle-normal\?seed=\d+$/);
  const seed = Number(new URL(page.url()).searchParams.get("seed"));
  expect(seed).not.toBe(12); // a fresh variant, not the session's

  const right = await normalAnswers(page.request, seed, "n");
  await page.getByLabel("Answer 1").fill(right.mean);
  await page.getByLabel("Answer 2").fill(right.variance);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toHaveCount(2);
  // Right, no hint, well under four minutes for two computed parts: Easy.
  await expect(page.getByTestId("review-schedule")).toContainText("Rated Easy");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Next review" }).click();
  await expect(page).toHaveURL(/\/review\/mle-bernoulli-p\?seed=\d+$/);
  await page.getByRole("button", { name: "Show a hint" }).click();
  const bernoulliSeed = Number(new URL(page.url()).searchParams.get("seed"));
  await page.getByLabel("Your answer").fill(await bernoulliAnswer(page.request, bernoulliSeed));
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("review-schedule")).toContainText("Rated Hard");

  await page.goto("/review");
  await expect(page.getByTestId("due-count")).toHaveText("1");
  await context.close();
});

test("a mock interview times out, submits every typed answer, then shows the review", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext(); // a guest
  const page = await context.newPage();

  await page.goto("/study");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Mock interview" }) });
  await form.getByLabel("5", { exact: true }).check();
  await form.getByLabel("10 min").check();
  await form.getByRole("button", { name: "Start mock interview" }).click();
  await expect(page).toHaveURL(/\/study\/[^/?]+$/);
  const sessionId = new URL(page.url()).pathname.split("/")[2] as string;
  await expect(page.getByTestId("countdown")).toHaveText(/^(10:00|9:[0-5]\d)$/);

  // Another learner cannot open it.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const response = await strangerPage.goto(`/study/${sessionId}`);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByRole("heading", { name: "Session not found" })).toBeVisible();
  await stranger.close();

  // Known questions, and the deadline 50 seconds away. From here on the page's clock is Playwright's
  // (it runs at real speed until the test moves it forward), so the countdown need not be waited out.
  setItems(sessionId);
  const deadline = Date.now() + 50_000;
  setDeadline(sessionId, deadline);
  await page.clock.install();
  await page.reload();
  await expect(page.getByText("Mock interview · Question 1 of 5")).toBeVisible();
  await expect(page.getByTestId("countdown")).toHaveText(/^0:[0-5]\d$/);
  await expect(page.getByRole("timer")).toBeVisible();
  // No hints in an interview.
  await expect(page.getByRole("button", { name: /hint/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Two answers typed, never checked.
  const p = await bernoulliAnswer(page.request, 11);
  let saved = draftSaved(page);
  await page.getByLabel("Your answer").fill(p);
  await saved;
  await page.getByRole("link", { name: "Next question" }).click();
  await expect(page).toHaveURL(/\?q=2$/);
  const slip = await normalAnswers(page.request, 12, "n-1");
  saved = draftSaved(page);
  await page.getByLabel("Answer 1").fill(slip.mean);
  await page.getByLabel("Answer 2").fill(slip.variance);
  await saved;
  // Saving an answer during the interview says nothing about right or wrong.
  await page.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByText("Answer saved. You will see how you did at the end.")).toBeVisible();
  await expect(page.locator("[data-status]")).toHaveCount(0);

  // Screen readers hear the time at sensible moments, not every second: jump to 20 s before the deadline.
  const pageNow = await page.evaluate(() => Date.now());
  await page.clock.fastForward(Math.max(0, deadline - 20_000 - pageNow));
  await expect(page.getByTestId("countdown-announcement")).toHaveText("30 seconds left.");
  await expect(page.getByTestId("countdown")).toHaveText(/^0:(1\d|20)$/);
  // Time out. The server keeps its own clock (the real one) and enforces the deadline itself, so the
  // stored deadline moves to just behind real time before the page's countdown runs out: the
  // submission then really arrives after the deadline, as it would have after waiting.
  setDeadline(sessionId, Date.now() - 1_000);
  await page.clock.fastForward(21_000);
  // Everything typed is submitted, then the review.
  await expect(page).toHaveURL(new RegExp(`/study/${sessionId}/summary$`), { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mock interview review");
  await expect(page.getByText("Time ran out. Every answer you had typed was submitted and graded.")).toBeVisible();
  await expect(page.getByText("You answered 2 of 5 questions.")).toBeVisible();
  await expect(page.getByTestId("summary-correct")).toHaveText("1 of 5");
  await expectNoSeriousA11yViolations(page);

  // The solutions, hidden during the interview, are open now, with the answers as typed.
  await page.getByRole("link", { name: /^1\. / }).click();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expect(page.locator("code", { hasText: p }).first()).toBeVisible();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
