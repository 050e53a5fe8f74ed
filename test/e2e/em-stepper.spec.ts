// From a finished EM question to the stepper on its own numbers: no link while the question is
// open (it would give the answer away), the link after giving up, and on the stepper page the first
// iteration's numbers are the answers the question page revealed. Each of the bank's other EM
// problems (Poisson mixture, zero-inflated Poisson, missing values) and the 2-D demo steps with the
// keyboard and its table equals the estimation library's trace.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { formatValue } from "../../components/figures/format";
import { emTrace, problemFromVariantData, type MvnParams, type PoissonMixtureParams, type ZipParams } from "../../lib/learn/em-trace";
import { getTemplate } from "../../lib/questions";

const LINK = "Step through EM on your numbers";

test("a zero-inflated Poisson question links to its stepper only once given up, with the revealed numbers", async ({ page }) => {
  const seed = 4;
  await page.goto(`/practice/em-zip-step?seed=${seed}`);
  await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
  await expect(page.getByRole("link", { name: LINK })).toHaveCount(0);

  await page.getByRole("button", { name: "Show solution" }).click();
  await page.getByRole("button", { name: "Show the solution" }).click();
  await expect(page.getByTestId("worked-solution")).toBeVisible();
  // The answers of the three parts (z, π, λ), as the page shows them.
  const answers = (await page.getByTestId("expected-answer").allTextContents()).map((text) => text.split(": ")[1]);
  expect(answers).toHaveLength(3);

  await page.getByRole("link", { name: LINK }).click();
  await expect(page).toHaveURL(new RegExp(`/explore/em\\?template=em-zip-step&seed=${seed}$`));
  await page.getByRole("button", { name: "E-step" }).press("Enter");
  await page.getByRole("button", { name: "M-step" }).press("Enter");
  const row = page.getByTestId("em-row").nth(1);
  const cells = await row.locator("td").allTextContents();
  // iteration, ℓ, bound, π, λ: the question's π and λ after one iteration.
  expect(cells[3]).toBe(answers[1]);
  expect(cells[4]).toBe(answers[2]);
});

for (const [id, seed] of [
  ["em-poisson-mixture-step", 2],
  ["em-zip-step", 5],
  ["em-mvn-missing-step", 3],
] as const) {
  test(`the stepper runs ${id} with the keyboard, its table the library's`, async ({ page }) => {
    const problem = problemFromVariantData(getTemplate(id)!.generate(seed).data)!;
    const trace = emTrace(problem);
    await page.goto(`/explore/em?template=${id}&seed=${seed}`);
    await page.getByRole("button", { name: "E-step" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "M-step" }).press("Enter");
    await page.getByRole("button", { name: "Run" }).press("Enter");
    const rows = page.getByTestId("em-row");
    await expect(rows).toHaveCount(trace.entries.length);
    const last = trace.entries[trace.entries.length - 1]!;
    const cells = await rows.last().locator("td").allTextContents();
    expect(cells[1]).toBe(formatValue(last.logLikelihood));
    const params = last.params;
    if (problem.kind === "poisson") expect(cells[4]).toBe(formatValue((params as PoissonMixtureParams).lambdas[0]!));
    if (problem.kind === "zip") expect(cells[3]).toBe(formatValue((params as ZipParams).pi));
    if (problem.kind === "mvn-missing") expect(cells[4]).toBe(formatValue((params as MvnParams).mean[1]!));
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
}

test("the 2-D demo draws its ellipses and steps on 2 000 points", async ({ page }) => {
  await page.goto("/explore/em?demo=gmm2&n=2000");
  const stepper = page.getByTestId("em-stepper");
  await expect(stepper.locator("canvas")).toHaveCount(1);
  await page.getByRole("button", { name: "E-step" }).click();
  await page.getByRole("button", { name: "M-step" }).click();
  await expect(page.getByTestId("em-row")).toHaveCount(2);
  await expect(page.getByTestId("em-status")).toContainText("M-step 1 done");
  await stepper.screenshot({ path: "test-results/em-stepper-gmm2-2000.png" });
});
