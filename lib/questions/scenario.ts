/**
 * Scenarios: how concept, derivation and explain questions vary with the seed. A template lists
 * scenarios (the values of its `{{name}}` placeholders: a story, a model, numbers in words); each seed
 * draws one, and every text of the variant is filled from it. One module so that the three kinds draw
 * and fill the same way (the first draw of the seed's generator picks the scenario).
 */
import type { Rng } from "../estimation/random";

/** One scenario: the values of the `{{name}}` placeholders. Every scenario defines the same names. */
export type Scenario = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g;

/** Every placeholder name used in these texts. */
export function placeholdersIn(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string)));
}

/**
 * Checks that every scenario defines every placeholder the texts use (a missing one would print an
 * empty gap in a prompt), reporting through the template's own `fail`.
 */
export function checkScenarios(scenarios: readonly Scenario[], texts: readonly string[], fail: (what: string) => never): void {
  const used = placeholdersIn(texts);
  if (used.size > 0 && scenarios.length === 0) fail(`it uses {{${[...used][0]}}} but has no scenarios`);
  scenarios.forEach((scenario, index) => {
    for (const name of used) if (typeof scenario[name] !== "string") fail(`scenario ${index + 1} does not define {{${name}}}`);
  });
}

/** The scenario a seed's generator draws (its next draw), or undefined when there are none. */
export function drawScenario(scenarios: readonly Scenario[], rng: Rng): Scenario | undefined {
  return scenarios.length > 0 ? scenarios[Math.floor(rng.next() * scenarios.length)] : undefined;
}

/** A function that fills the placeholders of a text from the scenario (text unchanged without one). */
export function fillerFor(scenario: Scenario | undefined): (text: string) => string {
  if (!scenario) return (text) => text;
  return (text) => text.replace(PLACEHOLDER, (_, name: string) => scenario[name] ?? "");
}
