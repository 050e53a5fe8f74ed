// An answer entered before the page's JavaScript has hydrated the input is kept and graded. React
// hydrates a controlled field without touching what the learner typed into the server's HTML, but
// its state stays at the empty value: without components/practice/use-prehydration-value.ts the
// next render wiped the field and Check said "Type or choose an answer first." Each test holds
// back the script that holds the input's code (found by its content, whatever the chunk is named),
// answers, lets the script through, waits for the input to hydrate and checks.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { getTemplate } from "../../lib/questions";

interface Held {
  /** Lets the held scripts through. */
  release: () => void;
  /** Resolves once a script matching was held (so the test knows it is holding the right one). */
  held: Promise<void>;
}

/**
 * Holds every script of the page whose body contains `marker` (`null`: every script) until
 * `release`; the others load as usual.
 */
async function holdScripts(page: Page, marker: string | null): Promise<Held> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let heldOne!: () => void;
  const held = new Promise<void>((resolve) => (heldOne = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (marker === null || body.includes(marker)) {
      heldOne();
      await released;
    }
    await route.fulfill({ response, body });
  });
  return { release, held };
}

/** Waits until React has hydrated this element and committed (its props are attached, then two frames). */
async function waitForHydration(field: Locator) {
  await expect
    .poll(() => field.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps$"))), {
      timeout: 20_000,
    })
    .toBe(true);
  await field.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** p̂ of the Bernoulli variant, from its data: the share of ones. */
function bernoulliTruth(seed: number): number {
  const sample = getTemplate("mle-bernoulli-p")!.generate(seed).data.sample as number[];
  return sample.filter((x) => x === 1).length / sample.length;
}

const CHECK = { name: "Check answer" };

test("a number typed before the number field hydrated is graded", async ({ page }) => {
  const seed = 7301;
  const answer = bernoulliTruth(seed).toFixed(4);
  const { release, held } = await holdScripts(page, "e.g. 0.35 or 7/20");
  await page.goto(`/practice/mle-bernoulli-p?seed=${seed}`, { waitUntil: "commit" });
  const field = page.getByLabel("Your answer");
  await field.fill(answer);
  await held;
  release();
  await waitForHydration(field);
  await page.getByRole("button", CHECK).click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();
  await expect(field).toHaveValue(answer);
  await expect(page.getByText("Type or choose an answer first.")).toHaveCount(0);
});

test("numbers typed into several fields before any script ran are all graded", async ({ page }) => {
  const { release, held } = await holdScripts(page, null);
  await page.goto("/practice/em-gmm-iteration?seed=7302", { waitUntil: "commit" });
  const first = page.getByLabel("Answer 1", { exact: true });
  const second = page.getByLabel("Answer 2", { exact: true });
  await first.fill("0.5");
  await second.fill("0.25");
  await held;
  release();
  await waitForHydration(second);
  await page.getByRole("button", CHECK).click();
  // Both are graded (each part gets a verdict), none is reported unanswered; both stay as typed.
  await expect(page.locator("[data-status]")).not.toHaveCount(0);
  await expect(page.locator('[id$="-r1-feedback"][data-status]:not([data-status=unanswered])')).toHaveCount(1);
  await expect(page.locator('[id$="-weight1-feedback"][data-status]:not([data-status=unanswered])')).toHaveCount(1);
  await expect(first).toHaveValue("0.5");
  await expect(second).toHaveValue("0.25");
});

test("a choice made before the choices hydrated is graded", async ({ page }) => {
  const { release, held } = await holdScripts(page, "Choose one answer.");
  await page.goto("/practice/concept-em-monotone?seed=7303", { waitUntil: "commit" });
  const radios = page.getByRole("radio");
  await expect(radios).toHaveCount(5);
  const chosen = radios.nth(2);
  await chosen.check();
  await held;
  release();
  await waitForHydration(chosen);
  await page.getByRole("button", CHECK).click();
  await expect(page.locator("[data-status=correct], [data-status=incorrect]")).toHaveCount(1);
  await expect(chosen).toBeChecked();
  await expect(page.getByText("Type or choose an answer first.")).toHaveCount(0);
});

test("an explanation written before its field hydrated is sent", async ({ page }) => {
  const written = "EM maximises a lower bound that touches the log-likelihood at the current estimate.";
  const { release, held } = await holdScripts(page, "Answer as you would in the interview");
  await page.goto("/practice/explain-why-em?seed=7304", { waitUntil: "commit" });
  const field = page.getByLabel("Your answer");
  await field.fill(written);
  await held;
  release();
  await waitForHydration(field);
  await page.getByRole("button", CHECK).click();
  await expect(page.getByTestId("model-answer")).toBeVisible();
  await expect(field).toHaveValue(written);
});

test("a formula typed before its field hydrated is graded", async ({ page }) => {
  const { release, held } = await holdScripts(page, "e.g. n/S or n*log(lambda)");
  await page.goto("/practice/derive-em-gmm-mean?seed=7305", { waitUntil: "commit" });
  const field = page.getByLabel("Your formula");
  await field.fill("x + 1");
  await held;
  release();
  await waitForHydration(field);
  await page.getByRole("button", CHECK).click();
  await expect(page.locator("[data-status]").first()).toBeVisible();
  await expect(page.locator("[data-status=unanswered]")).toHaveCount(0);
  await expect(field).toHaveValue("x + 1");
  await expect(page.getByText("Type or choose an answer first.")).toHaveCount(0);
});
