// The data playground in a browser: fit the shipped Old Faithful waiting times with a 2-component
// Gaussian mixture in the page's Web Worker and compare what it shows (and the JSON it downloads)
// with the estimation CLI's engine, runJob, run here in the test process on the same job; pasted CSV
// with a bad cell gets a message naming it and keeps the text; a long fit can be cancelled and the
// page answers meanwhile; axe clean at 375 px in dark mode, with no sideways scroll.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { formatValue } from "../../components/figures/format";
import { runJob } from "../../lib/estimation";
import { findDataset } from "../../lib/playground/datasets";
import { emWithoutLabels, labelledSample, mleWithLabels } from "../../lib/playground/mle-vs-em";

const PHONE = { width: 375, height: 812 };

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

test("Old Faithful waiting times, 2-component mixture: the page shows the CLI's fit", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/playground");
  await expect(page.getByRole("heading", { level: 1, name: "Data playground" })).toBeVisible();
  await expect(page.getByTestId("dataset-source")).toContainText("R datasets::faithful");
  await page.getByLabel("Data set", { exact: true }).selectOption("faithful");
  await page.getByLabel("Model (from the estimation library)").selectOption("gmm");
  await page.getByLabel("Column for values").selectOption({ label: "waiting" });
  await page.getByLabel("Components K").fill("2");
  await page.getByRole("button", { name: "Fit", exact: true }).click();
  const result = page.getByTestId("fit-result");
  await expect(result).toBeVisible();

  const waiting = findDataset("faithful")!.columns.find((column) => column.name === "waiting")!.values;
  const expected = runJob({ model: "gmm", data: [...waiting], options: { components: 2, maxIter: 1000, tol: 1e-8, seed: 0 } });
  const params = expected.params as { weights: number[]; means: number[]; variances: number[] };
  await expect(page.getByTestId("summary-log-likelihood")).toHaveText(formatValue(expected.logLikelihood));
  await expect(page.getByTestId("summary-iterations")).toHaveText(String(expected.iterations));
  await expect(page.getByTestId("summary-converged")).toHaveText(expected.converged ? "yes" : "no");
  // 3K − 1 = 5 free parameters, n = 272: AIC and BIC by their formulas.
  await expect(page.getByTestId("summary-AIC")).toHaveText(formatValue(10 - 2 * expected.logLikelihood));
  await expect(page.getByTestId("summary-BIC")).toHaveText(formatValue(5 * Math.log(272) - 2 * expected.logLikelihood));
  const table = page.getByTestId("parameter-table");
  for (const [name, values] of Object.entries(params)) {
    for (let k = 0; k < values.length; k += 1) {
      await expect(
        table
          .getByRole("row", { name: new RegExp(`^${name} ${k + 1} `) })
          .getByRole("cell")
          .first(),
      ).toHaveText(formatValue(values[k]!));
    }
  }
  await expect(page.getByTestId("fit-plot").locator("svg path")).not.toHaveCount(0);

  // The downloaded JSON holds runJob's result to the last digit.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the result as JSON" }).click(),
  ]);
  const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as { result: unknown; aic: number; bic: number; source: string };
  expect(saved.result).toEqual(expected);
  expect(saved.source).toContain("Härdle");

  // Compare K = 1..5: five rows, one best AIC and one best BIC.
  await page.getByRole("button", { name: "Compare K = 1 to 5" }).click();
  const compare = page.getByTestId("compare-table");
  await expect(compare.locator("tbody tr")).toHaveCount(5, { timeout: 30_000 });
  await expect(compare.getByText("(best)")).toHaveCount(2);
  const k2 = runJob({ model: "gmm", data: [...waiting], options: { components: 2, maxIter: 1000, tol: 1e-8, seed: 0 } });
  await expect(compare.getByRole("row", { name: /^2 / }).getByRole("cell").first()).toHaveText(formatValue(k2.logLikelihood));
  expect(errors).toEqual([]);
});

test("bad CSV: the message names the cell and the pasted text stays", async ({ page }) => {
  await page.goto("/playground");
  await page.getByLabel("Paste CSV").check();
  const text = "height,weight\n1.72,68\n1.80,seventy\n1.65,59\n<b>bold</b>,1";
  const box = page.getByLabel(/^CSV:/);
  await box.fill(text);
  await page.getByLabel("Model (from the estimation library)").selectOption("normal");
  await page.getByLabel("Column for values").selectOption({ label: "weight" });
  await expect(page.getByTestId("model-error")).toHaveText("Row 2 (line 3), column “weight” holds “seventy”, which is not a number.");
  await expect(page.getByRole("button", { name: "Fit", exact: true })).toBeDisabled();
  await expect(box).toHaveValue(text);
  // Learners' text is data: the markup is shown as typed, never rendered.
  await page.getByLabel("Column for values").selectOption({ label: "height" });
  await expect(page.getByTestId("model-error")).toContainText("“<b>bold</b>”");
  await expect(page.locator("b", { hasText: "bold" })).toHaveCount(0);

  // A ragged line, then a model the data cannot support.
  await box.fill("x\n1\n2,3");
  await expect(page.getByTestId("data-error")).toContainText("Line 3 has 2 cells");
  await expect(box).toHaveValue("x\n1\n2,3");
  await box.fill("x\n1.5\n-2\n3");
  await page.getByLabel("Model (from the estimation library)").selectOption("poisson");
  await expect(page.getByTestId("model-error")).toContainText("1.5 is not a whole number");
  await page.getByLabel("Model (from the estimation library)").selectOption("lognormal");
  await expect(page.getByTestId("model-error")).toContainText("−2 is negative");
});

/** n values from three normals (Box–Muller on a fixed linear congruential stream), one per line. */
function threeClusterCsv(n: number): string {
  let state = 12345;
  const uniform = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state + 0.5) / 2147483648;
  };
  const lines = ["x"];
  for (let i = 0; i < n; i += 1) {
    const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const centre = [-4, 0, 5][i % 3]!;
    lines.push((centre + z).toFixed(4));
  }
  return lines.join("\n");
}

test("a long fit shows its iterations, the page stays responsive, and Cancel stops it", async ({ page }) => {
  await page.goto("/playground");
  await page.getByLabel("Paste CSV").check();
  // 20 000 values, K = 3, a million iterations with tol 0: minutes of work unless cancelled.
  const text = threeClusterCsv(20_000);
  // As a paste does: the whole text in one input event (Playwright's fill edits a 170-kB text
  // far more slowly than a paste).
  await page.getByLabel(/^CSV:/).evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await expect(page.locator("#csv-status")).toHaveText("20000 rows; columns: x.");
  await page.getByLabel("Model (from the estimation library)").selectOption("gmm");
  await page.getByLabel("Components K").fill("3");
  await page.getByText("EM settings").click();
  await page.getByLabel("Most iterations").fill("1000000");
  await page.getByLabel("Tolerance (0 runs every iteration)").fill("0");
  await page.getByRole("button", { name: "Fit", exact: true }).click();
  const status = page.getByTestId("fit-status");
  await expect(status).toContainText(/iteration \d{2,}/);
  // The main thread answers while the worker runs: a timer fires on time.
  const lag = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start - 50), 50);
      }),
  );
  expect(lag).toBeLessThan(200);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(status).toContainText(/Cancelled after \d+ iterations/);
  await expect(page.getByRole("button", { name: "Fit", exact: true })).toBeEnabled();
  await expect(page.getByTestId("fit-result")).toHaveCount(0);
  await expect(page.getByLabel(/^CSV:/)).toHaveValue(text);
});

test("375 px, dark mode: no sideways scroll, axe clean with a result shown", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, colorScheme: "dark" });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto("/playground");
  await page.getByLabel("Data set", { exact: true }).selectOption("faithful");
  await page.getByLabel("Model (from the estimation library)").selectOption("gmm-2d");
  await page.getByRole("button", { name: "Fit", exact: true }).click();
  await expect(page.getByTestId("fit-result")).toBeVisible();
  await expect(page.getByTestId("fit-plot").locator("svg path")).toHaveCount(2);
  await page.getByText("The ellipses as a table").click();
  await expect(page.getByRole("region", { name: "The ellipses as a table" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/screenshots/playground-375-dark.png", fullPage: true });
  // The nav links the playground ("Data" on a phone, where "Playground" would not fit).
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Data", exact: true })).toHaveAttribute(
    "href",
    "/playground",
  );
  // The MLE-versus-EM page at the same size.
  await page.goto("/explore/mle-vs-em");
  await expect(page.getByTestId("mle-vs-em-table")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/screenshots/mle-vs-em-375-dark.png", fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
});

test("MLE and EM side by side: the labelled MLE and EM's iterations are the library's", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/explore/mle-vs-em");
  const sample = labelledSample(1, 200);
  const labelled = mleWithLabels(sample);
  const em = emWithoutLabels(sample.values, 0);
  const table = page.getByTestId("mle-vs-em-table");
  await expect(table.getByRole("row", { name: /^μ₁ / }).getByRole("cell").nth(1)).toHaveText(formatValue(labelled.params.means[0]!, 4));
  await expect(
    table
      .getByRole("row", { name: /^observed ℓ / })
      .getByRole("cell")
      .nth(1),
  ).toHaveText(formatValue(labelled.observedLogLikelihood));
  await expect(
    table
      .getByRole("row", { name: /^observed ℓ / })
      .getByRole("cell")
      .nth(3),
  ).toHaveText(formatValue(em.logLikelihood));
  // Keyboard: the iteration slider moves one iteration per arrow key.
  const slider = page.getByRole("slider", { name: "Iteration" });
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("mle-vs-em-status")).toContainText(
    `EM iteration 2: observed log-likelihood ${formatValue(em.history![2]!.logLikelihood)}`,
  );
  // Play runs to EM's end.
  await page.getByRole("button", { name: "Play EM" }).click();
  await expect(page.getByTestId("mle-vs-em-status")).toContainText(`EM iteration ${em.iterations}:`, { timeout: 30_000 });
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
