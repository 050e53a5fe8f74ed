import { fitBinomialMixture } from "./lib/estimation/models/binomial-mixture";
const r = fitBinomialMixture({ successes: [5, 9, 8, 4, 7], trials: [10, 10, 10, 10, 10] }, { weights: [0.5, 0.5], thetas: [0.6, 0.5] }, { fixWeights: true, maxIter: 10, tol: 0, history: true, responsibilities: true });
console.log(JSON.stringify(r, null, 1).slice(0, 3000));
const r2 = fitBinomialMixture({ successes: [5, 9, 8, 4, 7], trials: 10 }, undefined, { components: 2, seed: 3 });
console.log(JSON.stringify(r2));
