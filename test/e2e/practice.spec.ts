// The vertical slice as a learner uses it: home → practice → a wrong, an invalid and a right
// answer → progress, which survives a server restart; axe finds no serious violation on the way.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startServer, stopServer } from "./server";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  // The failing elements are named, so a failure says where to look.
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

async function readStat(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent())?.trim() ?? "";
}

test("a learner answers the Bernoulli question wrong, then right, and sees progress", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("MLE or EM");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await page.goto("/practice/mle-bernoulli-p");
  await expect(page).toHaveURL(/\/practice\/mle-bernoulli-p\?seed=\d+$/);
  const seed = Number(new URL(page.url()).searchParams.get("seed"));

  // The truth for this variant, computed here from the data the API serves: p̂ = (number of ones) / n.
  const variant = await (await request.get(`/api/questions/mle-bernoulli-p?seed=${seed}`)).json();
  const sample: number[] = variant.data.sample;
  const ones = sample.filter((x) => x === 1).length;
  const right = (ones / sample.length).toFixed(4);
  // Wrong by 0.2, which no rounding of the truth can reach.
  const wrong = (ones / sample.length > 0.5 ? ones / sample.length - 0.2 : ones / sample.length + 0.2).toFixed(4);
  // The sample on the page is the API's sample, value for value (one list, in order).
  await expect(page.locator("figure [data-value]")).toHaveText(sample.map(String));

  const input = page.getByLabel("Your answer");
  const check = page.getByRole("button", { name: "Check answer" });

  // Typed HTML is shown as text, never run.
  await input.fill('<img src=x onerror="window.__xss=1">');
  await check.click();
  await expect(page.locator("[data-status=invalid]")).toBeVisible();
  await expect(page.locator("[data-status=invalid] img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Not a number: a message, the text stays, nothing recorded.
  await input.fill("0.7.1");
  await check.click();
  await expect(page.locator("[data-status=invalid]")).toContainText("0.7.1");
  await expect(input).toHaveValue("0.7.1");

  // Wrong: the message, the answer kept, and a way on, but not the answer (try, then learn).
  await input.fill(wrong);
  await input.press("Enter");
  await expect(page.locator("[data-status=incorrect]")).toBeVisible();
  await expect(page.getByTestId("try-again-panel")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toHaveCount(0);
  await expect(page.getByTestId("expected-answer")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("Saved to your progress.");
  await expect(input).toHaveValue(wrong);

  // Right.
  await input.fill(right);
  await check.click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await expect(page.locator(".katex").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // One question, wrong at the first try: the right retry is kept but does not count.
  await page.getByRole("link", { name: "Progress" }).click();
  await expect(page.getByTestId("attempt-count")).toHaveText("1");
  expect(await readStat(page, "correct-count")).toBe("0");
  expect(await readStat(page, "accuracy")).toBe("0%");
  await expectNoSeriousA11yViolations(page);

  // Progress is in the database, not in the server's memory.
  await stopServer();
  await startServer();
  await page.reload();
  await expect(page.getByTestId("attempt-count")).toHaveText("1");
  expect(await readStat(page, "correct-count")).toBe("0");
});

test("the concept question explains a wrong choice and accepts the right one", async ({ page }) => {
  await page.goto("/practice/concept-hidden-label?seed=1"); // the shop setting: segments behind basket sizes
  await page.getByRole("radio", { name: /assigns each basket to its most likely segment/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=incorrect]")).toContainText("hard assignment");

  await page.getByRole("radio", { name: /log of a sum/ }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an empty progress page invites practice", async ({ browser }) => {
  const context = await browser.newContext(); // a new visitor: no learner cookie
  const page = await context.newPage();
  await page.goto("/progress");
  await expect(page.getByText("No attempts yet.")).toBeVisible();
  await expect(page.getByTestId("attempt-count")).toHaveText("0");
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("on a phone-sized screen the page fits, the solution is reachable, and focus follows hints", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 760 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/practice/mle-bernoulli-p?seed=3");
  for (let hint = 1; hint <= 3; hint += 1) {
    await page.getByRole("button", { name: /hint/ }).click();
    const revealed = page.locator(`[id$="-p-hint-${hint - 1}"]`);
    await expect(revealed).toContainText(`Hint ${hint}.`);
    await expect(revealed).toBeFocused();
  }
  await page.getByLabel("Your answer").fill("0.9");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=incorrect]")).toBeVisible();
  await page.getByTestId("try-again-panel").getByRole("button", { name: "Show solution" }).click();
  await page.getByRole("button", { name: "Show the solution" }).click();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  // Changing the answer clears the feedback that graded the old one.
  await page.getByLabel("Your answer").fill("0.47");
  await expect(page.locator("[data-status]")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
