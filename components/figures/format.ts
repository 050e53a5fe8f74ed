// Number formats shared by the figures and their tables (and read back by the browser tests).

/** Six significant figures, a true minus sign, no trailing "e+0" for ordinary sizes. */
export function formatValue(value: number, digits = 6): string {
  if (value === Number.POSITIVE_INFINITY) return "∞";
  if (!Number.isFinite(value)) return "–";
  const text = Number(value.toPrecision(digits)).toString();
  return text.replace("-", "−");
}
