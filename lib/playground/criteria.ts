/**
 * Akaike's and Schwarz's information criteria from a maximised log-likelihood ℓ with p free
 * parameters and n observations: AIC = 2p − 2ℓ, BIC = p log n − 2ℓ (smaller is better). ℓ is the
 * library's full log-likelihood (every constant kept), so these equal R's AIC() and BIC() of the same fit.
 */
export interface Criteria {
  aic: number;
  bic: number;
}

export function informationCriteria(logLikelihood: number, parameters: number, n: number): Criteria {
  return { aic: 2 * parameters - 2 * logLikelihood, bic: parameters * Math.log(n) - 2 * logLikelihood };
}

/** Index of the smallest finite value, or −1. */
export function indexOfBest(values: readonly (number | null)[]): number {
  let best = -1;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    if (best < 0 || value < (values[best] as number)) best = i;
  });
  return best;
}
