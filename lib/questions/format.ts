/** Number formatting for prompts and worked solutions. */

/** A value for display: up to `digits` significant figures, trailing zeros dropped. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const text = Number(value.toPrecision(digits)).toString();
  return text.includes("e") ? value.toPrecision(digits) : text;
}

/** A fraction in lowest terms, as TeX. */
export function texFraction(numerator: number, denominator: number): string {
  const divisor = gcd(Math.abs(numerator), Math.abs(denominator));
  return `\\tfrac{${numerator / divisor}}{${denominator / divisor}}`;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x || 1;
}
