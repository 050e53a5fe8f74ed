/**
 * Where a finished EM question links to step through EM on its own numbers: the stepper page
 * (app/explore/em) for a variant whose public data the stepper reads, and nothing otherwise. The
 * answer form shows the link only once the question is answered right or given up, so the figure
 * never gives an answer away.
 */
import { problemFromVariantData } from "./em-trace";

export function emStepperHref(templateId: string, seed: number, data: Record<string, unknown>): string | null {
  if (problemFromVariantData(data) === null) return null;
  return `/explore/em?template=${encodeURIComponent(templateId)}&seed=${seed}`;
}
