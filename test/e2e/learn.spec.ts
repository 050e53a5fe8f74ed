// The primers and their figures in a browser: every primer renders with its figure and its
// questions (axe clean, light and dark, no sideways scroll at 375 px), the likelihood explorer
// moves with the keyboard and shows the library's MLE, and the EM stepper steps through a
// variant's own data with a table equal to the estimation library's numbers (computed here, in
// the test process, by the same library the grader uses).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { formatValue } from "../../components/figures/format";
import { emTrace, problemFromVariantData, type CoinParams } from "../../lib/learn/em-trace";
import { explorerSample, fitExplorerModel } from "../../lib/learn/likelihood";
import { getTemplate, listQuestions } from "../../lib/questions";
import { twoCoinStep } from "../../lib/questions/templates/em-steps/em-two-coins-step";
import { TOPICS, topicName } from "../../lib/questions/topics";

const PHONE = { width: 375, height: 812 };

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** Console errors (a CSP violation or a hydration error is one). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    // Chromium's own favicon request (the app has none) logs a 404 that no page response shows;
    // real failed loads are caught by the response listener below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

test("every topic has a primer with its figure and links to its questions", async ({ page }) => {
  // Nine pages, each with an axe scan.
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  for (const topic of Object.keys(TOPICS)) {
    await page.goto(`/learn/${topic}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName(topic));
    await expect(page.locator('[data-testid="likelihood-explorer"], [data-testid="em-stepper"]')).toHaveCount(1);
    await expect(page.locator(".prose-math").first()).not.toBeEmpty();
    const links = page.getByTestId("primer-question");
    const bank = listQuestions().filter((question) => question.topic === topic);
    await expect(links).toHaveCount(bank.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    hrefs.forEach((href, index) => expect(href).toMatch(new RegExp(`^/practice/${bank[index]!.id}\\?seed=\\d+$`)));
    await expectNoSeriousA11yViolations(page);
  }
  expect(errors).toEqual([]);
});

test("an unknown topic or variant is a 404", async ({ page }) => {
  expect((await page.goto("/learn/not-a-topic"))?.status()).toBe(404);
  expect((await page.goto("/explore/em?template=mle-normal&seed=3"))?.status()).toBe(404);
  expect((await page.goto("/explore/em?template=em-two-coins-step&seed=x"))?.status()).toBe(404);
});

test("the practice list links each topic to its primer", async ({ page }) => {
  await page.goto("/practice");
  await page.getByRole("link", { name: "Read the primer: Likelihood", exact: true }).click();
  await expect(page).toHaveURL(/\/learn\/likelihood$/);
  await page.goto("/learn");
  await expect(page.getByRole("link")).toContainText([topicName("em-mechanics")]);
});

test("the likelihood explorer moves with the keyboard and marks the library's MLE", async ({ page }) => {
  await page.goto("/learn/likelihood");
  const slider = page.getByTestId("explorer-slider");
  await slider.focus();
  await expect(page.getByTestId("explorer-theta")).toHaveText("0.3");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("explorer-theta")).toHaveText("0.31");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("explorer-theta")).toHaveText("0.305");

  // The first sample: 10 values, seed 1, and the library's MLE and standard error.
  let fit = fitExplorerModel("bernoulli", explorerSample("bernoulli", 1, 10));
  await expect(page.getByTestId("explorer-mle")).toHaveText(formatValue(fit.mle));
  await page.getByRole("button", { name: "Add 10 values" }).press("Enter");
  await expect(page.getByTestId("explorer-n")).toHaveText("20");
  fit = fitExplorerModel("bernoulli", explorerSample("bernoulli", 1, 20));
  await expect(page.getByTestId("explorer-mle")).toHaveText(formatValue(fit.mle));
  await expect(page.getByTestId("explorer-se")).toHaveText(formatValue(fit.standardError));

  await page.getByRole("button", { name: "Go to the MLE" }).click();
  await expect(page.getByTestId("explorer-theta")).toHaveText(formatValue(Math.round(fit.mle / 0.005) * 0.005));

  await page.getByRole("combobox", { name: "Model" }).selectOption("poisson");
  fit = fitExplorerModel("poisson", explorerSample("poisson", 1, 10));
  await expect(page.getByTestId("explorer-mle")).toHaveText(formatValue(fit.mle));
});

test("the EM stepper steps through a two-coin variant and its table is the library's", async ({ page }) => {
  const seed = 7;
  const template = getTemplate("em-two-coins-step")!;
  const data = template.generate(seed).data;
  const trace = emTrace(problemFromVariantData(data)!);
  await page.goto(`/explore/em?template=em-two-coins-step&seed=${seed}`);
  const rows = page.getByTestId("em-row");
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("button", { name: "M-step" })).toBeDisabled();

  await page.getByRole("button", { name: "E-step" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("em-status")).toContainText("E-step 1 done");
  await page.getByRole("button", { name: "M-step" }).press("Enter");
  await expect(rows).toHaveCount(2);
  // Iteration 1 is the grader's answer to the question.
  const truth = twoCoinStep(data.heads as number[], data.tosses as number[], data.init as { thetaA: number; thetaB: number });
  await expect(rows.nth(1).locator("td")).toHaveText([
    "1",
    formatValue(trace.entries[1]!.logLikelihood),
    formatValue(trace.entries[1]!.boundAfter!),
    formatValue(truth.thetaA),
    formatValue(truth.thetaB),
  ]);

  await page.getByRole("button", { name: "Run" }).click();
  await expect(rows).toHaveCount(trace.entries.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => (tr.children[1]?.textContent ?? "").replace("−", "-")));
  expect(shown).toEqual(trace.entries.map((entry) => formatValue(entry.logLikelihood).replace("−", "-")));
  const values = shown.map(Number);
  for (let k = 1; k < values.length; k += 1) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
  const last = trace.entries.at(-1)!.params as CoinParams;
  await expect(rows.last().locator("td").nth(3)).toHaveText(formatValue(last.thetas[0]!));

  await page.getByRole("button", { name: "Reset" }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: "Different start" }).click();
  await expect(rows).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
});

test("the EM stepper runs a 1-D mixture variant to the library's fit", async ({ page }) => {
  const seed = 12;
  const data = getTemplate("em-gmm-iteration")!.generate(seed).data;
  const trace = emTrace(problemFromVariantData(data)!);
  await page.goto(`/explore/em?template=em-gmm-iteration&seed=${seed}`);
  await page.getByRole("button", { name: "Run" }).click();
  const rows = page.getByTestId("em-row");
  await expect(rows).toHaveCount(trace.entries.length);
  await expect(rows.last().locator("td").nth(1)).toHaveText(formatValue(trace.entries.at(-1)!.logLikelihood));
});

test("a primer at 375 px in dark mode: no sideways scroll, axe clean, screenshots", async ({ browser }) => {
  const dark = await browser.newContext({ viewport: PHONE, colorScheme: "dark" });
  const page = await dark.newPage();
  for (const topic of ["likelihood", "em-properties"]) {
    await page.goto(`/learn/${topic}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousA11yViolations(page);
  }
  await page.getByRole("button", { name: "Run" }).click();
  await page.screenshot({ path: "test-results/learn-em-properties-375-dark.png", fullPage: true });
  await page.getByTestId("em-stepper").screenshot({ path: "test-results/learn-em-stepper-375-dark.png" });
  await page.goto("/learn/mle-properties");
  await page.getByRole("button", { name: "×4 the data" }).click();
  await page.getByTestId("likelihood-explorer").screenshot({ path: "test-results/learn-explorer-375-dark.png" });
  await dark.close();

  const light = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const wide = await light.newPage();
  await wide.goto("/learn/likelihood");
  await wide.screenshot({ path: "test-results/learn-likelihood-1280-light.png", fullPage: true });
  await wide.goto("/learn/em-mechanics");
  await wide.getByRole("button", { name: "E-step" }).click();
  await wide.getByRole("button", { name: "M-step" }).click();
  await wide.getByRole("button", { name: "E-step" }).click();
  await wide.screenshot({ path: "test-results/learn-em-mechanics-1280-light.png", fullPage: true });
  await light.close();
});
