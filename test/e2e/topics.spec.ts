// The topic browser and the question page as a learner uses them: one question of every topic
// answered right through the page (the right answers computed here, in the test process, by the
// question bank's own answer key for the variant's seed), the counts per topic, keyboard-only
// answering, every input kind, and a phone-width screen that never scrolls sideways.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { getTemplate } from "../../lib/questions";
import { TOPICS } from "../../lib/questions/topics";

interface Summary {
  id: string;
  title: string;
  topic: string;
  difficulty: "easy" | "medium" | "hard";
  kind: "computation" | "concept";
}

interface PublicPart {
  id: string;
  input: "number" | "choice" | "multi" | "order";
  choices?: { id: string; label: string }[];
}

const PHONE = { width: 375, height: 812 };
const SEED = 4242;

async function catalogue(request: APIRequestContext): Promise<Summary[]> {
  const response = await request.get("/api/questions");
  expect(response.ok()).toBe(true);
  return (await response.json()).questions;
}

async function variantParts(request: APIRequestContext, id: string, seed: number): Promise<PublicPart[]> {
  const response = await request.get(`/api/questions/${id}?seed=${seed}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).parts;
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  // The failing elements are named, so a failure says where to look.
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

const asList = (answer: string | string[] | undefined): string[] =>
  answer === undefined ? [] : typeof answer === "string" ? [answer] : answer;

/** The step ids of an order part, top to bottom, as the page lists them now. */
async function currentOrder(page: Page, partId: string): Promise<string[]> {
  return page
    .locator(`ol[data-order-part="${partId}"] > li`)
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-step-id") ?? ""));
}

/** Moves the steps of an order part into `target` with the Move up buttons (by mouse or by keyboard). */
async function arrangeOrder(page: Page, partId: string, target: string[], useKeyboard: boolean) {
  for (let position = 0; position < target.length; position += 1) {
    const stepId = target[position] as string;
    const up = page.locator(`button[id$="-${partId}-${stepId}-up"]`);
    let from = (await currentOrder(page, partId)).indexOf(stepId);
    expect(from).toBeGreaterThanOrEqual(0);
    while (from > position) {
      if (useKeyboard) {
        await up.focus();
        await page.keyboard.press("Enter");
        // Focus stays on the button, which travels with its step.
        await expect(up).toBeFocused();
      } else {
        await up.click();
      }
      from -= 1;
      await expect.poll(() => currentOrder(page, partId).then((order) => order.indexOf(stepId))).toBe(from);
    }
  }
  expect(await currentOrder(page, partId)).toEqual(target);
}

/** Types or picks the answer key's answer for every part. */
async function fillAnswers(page: Page, parts: PublicPart[], key: Record<string, string | string[]>) {
  for (const part of parts) {
    const answer = key[part.id];
    if (part.input === "number") {
      await page.locator(`input[name="${part.id}"]`).fill(String(answer));
    } else if (part.input === "choice" || part.input === "multi") {
      for (const choiceId of asList(answer)) await page.locator(`input[name="${part.id}"][value="${choiceId}"]`).check();
    } else {
      await arrangeOrder(page, part.id, asList(answer), false);
    }
  }
}

async function expectAllCorrect(page: Page, parts: PublicPart[]) {
  await expect(page.locator("[data-status]")).toHaveCount(parts.length);
  await expect(page.locator("[data-status=correct]")).toHaveCount(parts.length);
  await expect(page.locator("[data-status=correct]").first()).toContainText("Correct");
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
}

/** A topic's section on the topic browser. */
const topicSection = (page: Page, topic: string): Locator => page.getByRole("region", { name: TOPICS[topic as keyof typeof TOPICS] });

for (const [topic, name] of Object.entries(TOPICS)) {
  test(`a question of "${name}" answered right on a phone counts in the topic's accuracy`, async ({ browser, request }) => {
    const questions = (await catalogue(request)).filter((question) => question.topic === topic);
    test.skip(questions.length === 0, `the bank has no question for topic ${topic} yet`);
    // A computation question where the topic has one: it exercises typed numbers and the data table.
    const question = questions.find((candidate) => candidate.kind === "computation") ?? (questions[0] as Summary);
    const template = getTemplate(question.id);
    expect(template, `${question.id} is in the test's copy of the bank`).toBeDefined();
    const key = template!.answerKey(SEED);
    const parts = await variantParts(request, question.id, SEED);

    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/practice");
    await expect(topicSection(page, topic).getByTestId("topic-accuracy")).toHaveText("not started");

    await page.goto(`/practice/${question.id}?seed=${SEED}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(question.title);
    await fillAnswers(page, parts, key);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expectAllCorrect(page, parts);
    // What the learner typed is still there after the check.
    for (const part of parts.filter((candidate) => candidate.input === "number")) {
      await expect(page.locator(`input[name="${part.id}"]`)).toHaveValue(String(key[part.id]));
    }
    await expectFitsPhoneWithScreenshot(page, `${topic}-question`);

    await page.goto("/practice");
    await expect(topicSection(page, topic).getByTestId("topic-accuracy")).toHaveText(
      /^100%\s*right at the first try \(1 of 1 question; retries don't count\)$/,
    );
    const otherTopic = Object.keys(TOPICS).find((other) => other !== topic) as string;
    await expect(topicSection(page, otherTopic).getByTestId("topic-accuracy")).toHaveText("not started");
    await context.close();
  });
}

async function expectFitsPhoneWithScreenshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-375.png`), fullPage: true });
  await expectNoSidewaysScroll(page, PHONE.width);
}

test("the topic browser lists the nine topics in order with their counts, and filters by query string", async ({ page, request }) => {
  const questions = await catalogue(request);
  await page.goto("/practice");
  const headings = page.getByRole("heading", { level: 2 });
  await expect(headings).toHaveText(Object.values(TOPICS));
  await expect(page.getByTestId("bank-count")).toHaveText(`${questions.length} questions in 9 topics.`);

  for (const [topic, name] of Object.entries(TOPICS)) {
    const inTopic = questions.filter((question) => question.topic === topic);
    const section = topicSection(page, topic);
    await expect(section.getByTestId("topic-question-count"), name).toHaveText(
      `${inTopic.length} question${inTopic.length === 1 ? "" : "s"}`,
    );
    if (inTopic.length === 0) continue;
    for (const difficulty of ["easy", "medium", "hard"] as const) {
      const count = inTopic.filter((question) => question.difficulty === difficulty).length;
      await expect(section.getByText(`${count} ${difficulty}`, { exact: true })).toBeVisible();
    }
    // Closed until asked for (its rows are not even on the page); then every question of the
    // topic, linked, and the open topic is in the URL.
    const links = section.locator("li[data-question] a");
    await expect(links).toHaveCount(0);
    await section.getByRole("link", { name: /^Show \d+ questions?$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/practice\\?topic=${topic}#${topic}$`));
    await expect(links).toHaveText(inTopic.map((question) => new RegExp(`^${question.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)));
    // Only one topic is open at a time: opening this one closed the previous one.
    await expect(page.locator("li[data-question]")).toHaveCount(inTopic.length);
  }
  // The open topic's chevron turns to point down (its class once lacked a space: "size-4rotate-90").
  const hide = page.getByRole("link", { name: "Hide the questions" });
  await expect(hide.locator("svg")).toHaveClass(/(^|\s)size-4(\s|$)/);
  await expect(hide.locator("svg")).toHaveClass(/(^|\s)rotate-90(\s|$)/);
  await hide.click();
  await expect(page.locator("li[data-question]")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Filters are links (no JavaScript needed) and their result is in the URL.
  await page.getByRole("link", { name: "Easy", exact: true }).click();
  await expect(page).toHaveURL(/\/practice\?difficulty=easy$/);
  await page.getByRole("link", { name: "Concept", exact: true }).click();
  await expect(page).toHaveURL(/\/practice\?difficulty=easy&kind=concept$/);
  const matching = questions.filter((question) => question.difficulty === "easy" && question.kind === "concept");
  await expect(page.getByTestId("bank-count")).toContainText(`${matching.length} of ${questions.length} questions match.`);
  // A filtered view opens every topic with a match and lists only the matches.
  const listed = page.locator("li[data-question] a");
  await expect(listed).toHaveCount(matching.length);
  await expect(page.getByRole("link", { name: "Concept", exact: true })).toHaveAttribute("aria-current", "true");
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/practice$/);
});

test("the topic browser works without JavaScript", async ({ browser, request }) => {
  const questions = await catalogue(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/practice?difficulty=easy");
  const easy = questions.filter((question) => question.difficulty === "easy");
  await expect(page.locator("li[data-question] a")).toHaveCount(easy.length);
  await page.getByRole("link", { name: "Compute by hand", exact: true }).click();
  await expect(page).toHaveURL(/\/practice\?difficulty=easy&kind=computation$/);
  await expect(page.locator("li[data-question] a")).toHaveCount(easy.filter((question) => question.kind === "computation").length);
  // A topic opens without JavaScript too.
  await page.goto("/practice");
  await page
    .getByRole("region", { name: TOPICS["mle-closed-form"] })
    .getByRole("link", { name: /^Show \d+ questions?$/ })
    .click();
  await expect(page).toHaveURL(/\/practice\?topic=mle-closed-form#mle-closed-form$/);
  await expect(page.locator('li[data-question="mle-bernoulli-p"]')).toBeVisible();
  await context.close();
});

/** Presses Tab until `target` has the focus, then checks that the focus is visible. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      await expect(target).toHaveCSS("outline-style", "solid");
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

test("a question can be found and answered with the keyboard alone", async ({ page }) => {
  await page.goto("/practice");
  const section = topicSection(page, "mle-closed-form");
  const show = section.getByRole("link", { name: /^Show \d+ questions?$/ });
  await tabTo(page, show);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practice\?topic=mle-closed-form#mle-closed-form$/);
  const link = section.getByRole("link", { name: /^MLE of a Bernoulli probability/ });
  await tabTo(page, link, 200);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practice\/mle-bernoulli-p\?seed=\d+$/);
  const seed = Number(new URL(page.url()).searchParams.get("seed"));
  const right = getTemplate("mle-bernoulli-p")!.answerKey(seed).p as string;

  const input = page.getByLabel("Your answer");
  await tabTo(page, input);
  // The live preview says how the text is read before anything is sent.
  await page.keyboard.type("0.7.1");
  await expect(page.getByTestId("answer-preview")).toHaveText("0.7.1 is not a number");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("3/8");
  await expect(page.getByTestId("answer-preview")).toHaveText("Read as 0.375");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(right);
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-status=correct]")).toContainText("Correct");
  await expect(input).toHaveValue(right);

  // Hints open by keyboard too, and take the focus so the next Tab continues from them.
  const hint = page.getByRole("button", { name: /Show a hint/ });
  await tabTo(page, hint);
  await page.keyboard.press("Enter");
  await expect(page.locator('[id$="-p-hint-0"]')).toBeFocused();
});

test("every input kind in the bank is answered right through the page", async ({ page, request }) => {
  test.setTimeout(180_000);
  const questions = await catalogue(request);
  const kindsSeen = new Set<string>();
  for (const question of questions) {
    if (kindsSeen.size === 4) break;
    const parts = await variantParts(request, question.id, SEED);
    // Derivations and explanations are answered through the page in derive-explain.spec.ts.
    if (parts.some((part) => !["number", "choice", "multi", "order"].includes(part.input))) continue;
    const inputs = parts.map((part) => part.input).filter((input) => !kindsSeen.has(input));
    if (inputs.length === 0) continue;
    inputs.forEach((input) => kindsSeen.add(input));
    await page.goto(`/practice/${question.id}?seed=${SEED}`);
    await fillAnswers(page, parts, getTemplate(question.id)!.answerKey(SEED));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expectAllCorrect(page, parts);
    await expectNoSeriousA11yViolations(page);
  }
  expect([...kindsSeen]).toContain("number");
  expect([...kindsSeen]).toContain("choice");
  test.info().annotations.push({ type: "input kinds answered", description: [...kindsSeen].sort().join(", ") });
});

test("an order part is operable by keyboard and announces each move", async ({ page, request }) => {
  const questions = await catalogue(request);
  let found: { id: string; part: PublicPart } | null = null;
  for (const question of questions.filter((candidate) => candidate.kind === "concept")) {
    const part = (await variantParts(request, question.id, SEED)).find((candidate) => candidate.input === "order");
    if (part) {
      found = { id: question.id, part };
      break;
    }
  }
  test.skip(found === null, "the bank has no order-the-steps question yet");
  const { id, part } = found!;
  await page.goto(`/practice/${id}?seed=${SEED}`);
  const order = await currentOrder(page, part.id);
  const last = order[order.length - 1] as string;
  const up = page.locator(`button[id$="-${part.id}-${last}-up"]`);
  await tabTo(page, up);
  await page.keyboard.press("Space");
  await expect(up).toBeFocused();
  await expect(page.locator("form [aria-live]").filter({ hasText: "Moved to position" })).toContainText(
    `Moved to position ${order.length - 1} of ${order.length}`,
  );
  const key = asList(getTemplate(id)!.answerKey(SEED)[part.id]);
  await arrangeOrder(page, part.id, key, true);
});

test("the data of a variant are shown once, value for value, with names in words", async ({ page, request }) => {
  const questions = await catalogue(request);
  // The Bernoulli sample: one list, in order, each value with its index (never split in two tables).
  const variant = await (await request.get(`/api/questions/mle-bernoulli-p?seed=${SEED}`)).json();
  const sample: number[] = variant.data.sample;
  await page.goto(`/practice/mle-bernoulli-p?seed=${SEED}`);
  await expect(page.locator("figure [data-value]")).toHaveText(sample.map(String));
  await expect(page.locator("figure table")).toHaveCount(0);
  await expect(page.locator("figure figcaption")).toContainText(`Sample`);
  await expect(page.locator("figure figcaption")).toContainText(`(n = ${sample.length})`);

  // Paired arrays side by side, named in words; the start values, which the prompt states, are not repeated.
  if (questions.some((question) => question.id === "em-two-coins-step")) {
    const coins = await (await request.get(`/api/questions/em-two-coins-step?seed=${SEED}`)).json();
    await page.goto(`/practice/em-two-coins-step?seed=${SEED}`);
    const table = page.locator("figure table");
    await expect(table).toHaveCount(1);
    await expect(table.locator("thead th")).toHaveText(["i", "Heads", "Tosses"]);
    const rows = (coins.data.heads as number[]).map((heads, index) => [String(index + 1), String(heads), String(coins.data.tosses[index])]);
    for (const [index, row] of rows.entries()) {
      await expect(table.locator("tbody tr").nth(index).locator("th, td")).toHaveText(row);
    }
    await expect(page.locator("#question-prompt")).toContainText(String(coins.data.init.thetaA));
    await expect(page.getByRole("group", { name: "Starting values" })).toHaveCount(0);
    await expect(page.locator("section[aria-labelledby=question-data]")).not.toContainText(/\w\[\d\]|point =|init/);
  }
});

test("a known mistake is named, the topic accuracy counts right and wrong, and the variant links work", async ({ browser, request }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const variant = await (await request.get(`/api/questions/mle-bernoulli-p?seed=${SEED}`)).json();
  const sample: number[] = variant.data.sample;
  // The proportion of zeros, the slip the template names "complement".
  const zeros = sample.filter((x) => x === 0).length / sample.length;
  await page.goto(`/practice/mle-bernoulli-p?seed=${SEED}`);
  await page.getByLabel("Your answer").fill(zeros.toFixed(6));
  await page.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.locator("[data-status=incorrect]");
  await expect(feedback).toHaveAttribute("data-mistake", "complement");
  await expect(feedback).toContainText("Known mistake: the complement");
  await expect(feedback).toContainText("proportion of zeros");

  // Not a number: said, and not counted as an attempt. Then the right answer.
  await page.getByLabel("Your answer").fill("0.7.1");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=invalid]")).toContainText("0.7.1");
  await page.getByLabel("Your answer").fill(getTemplate("mle-bernoulli-p")!.answerKey(SEED).p as string);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("[data-status=correct]")).toBeVisible();

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).search).toBe(`/practice/mle-bernoulli-p?seed=${SEED}`);

  await page.getByRole("link", { name: "Another variant" }).click();
  await expect(page).not.toHaveURL(new RegExp(`seed=${SEED}$`));
  await expect(page).toHaveURL(/\/practice\/mle-bernoulli-p\?seed=\d+$/);
  // A new variant starts with an empty form.
  await expect(page.getByLabel("Your answer")).toHaveValue("");

  // One variant, wrong at the first try and right on the retry: 0 of 1; the invalid text did not count.
  await page.goto("/practice");
  await expect(topicSection(page, "mle-closed-form").getByTestId("topic-accuracy")).toHaveText(
    /^0%\s*right at the first try \(0 of 1 question; retries don't count\)$/,
  );
  await context.close();
});
