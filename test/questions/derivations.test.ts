// Derivation templates: every expected formula is graded correct in its equivalent forms, each named
// mistake is recognised, an unknown symbol is invalid; checked against formulas written here, by hand.
import katex from "katex";
import { describe, expect, it } from "vitest";
import { DERIVATION_TEMPLATES } from "@/lib/questions/templates/derivations";

const byId = new Map(DERIVATION_TEMPLATES.map((template) => [template.id, template]));
const grade = (id: string, answers: Record<string, string>) => byId.get(id)!.grade(1, answers);

describe("derivation templates", () => {
  it("serve expression parts with symbols and never the expected formula", () => {
    for (const template of DERIVATION_TEMPLATES) {
      const variant = template.generate(3);
      for (const part of variant.parts) {
        expect(part.input).toBe("expression");
        expect(part.symbols?.length).toBeGreaterThan(0);
      }
      const key = template.answerKey(3);
      const served = JSON.stringify(variant);
      // A one-symbol answer (`M`, `n`) is also a symbol's name; any longer formula must not be served.
      for (const formula of Object.values(key)) {
        if (/^\w+$/.test(String(formula))) continue;
        const escaped = String(formula).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        expect(new RegExp(`(?<![\\w\\\\])${escaped}(?!\\w)`).test(served), `${template.id}: ${formula}`).toBe(false);
      }
      expect(template.grade(3, key).score).toBe(1);
    }
  });

  it("typeset every text in KaTeX's strict mode, for every scenario", () => {
    for (const template of DERIVATION_TEMPLATES) {
      for (let seed = 0; seed < 12; seed += 1) {
        const variant = template.generate(seed);
        const texts = [
          variant.prompt,
          template.grade(seed, {}).solution,
          ...variant.parts.flatMap((part) => [part.prompt, ...part.hints, ...(part.symbols ?? []).map((symbol) => symbol.meaning)]),
          ...template.grade(seed, template.answerKey(seed)).parts.map((part) => part.message),
        ];
        for (const text of texts) {
          expect(text, template.id).not.toMatch(/\{\{/);
          for (const match of text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)) {
            const tex = match[1] ?? match[2] ?? "";
            expect(() => katex.renderToString(tex, { throwOnError: true, strict: "error" }), `${template.id}: ${tex}`).not.toThrow();
          }
        }
      }
    }
  });

  it("vary their story with the seed", () => {
    for (const template of DERIVATION_TEMPLATES) {
      const prompts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => template.generate(seed).prompt));
      expect(prompts.size, template.id).toBeGreaterThanOrEqual(2);
    }
  });

  // Equivalent forms a careful candidate might write, independent of the templates' own spelling.
  it.each([
    ["derive-exponential-mle", "likelihood", "exp(n*log(lambda) - lambda*S)"],
    ["derive-exponential-mle", "loglik", "log(lambda^n) - S*lambda"],
    ["derive-exponential-mle", "score", "(n - lambda*S)/lambda"],
    ["derive-exponential-mle", "estimator", "1/xbar"],
    ["derive-poisson-mle", "estimator", "S * n^(-1)"],
    ["derive-bernoulli-mle", "score", "(k - n*p)/(p*(1-p))"],
    ["derive-geometric-mle", "estimator", "1/(1 + S/n)"],
    ["derive-normal-mean-mle", "loglik", "-n*log(sqrt(2*pi*v)) - (Q - 2*mu*S + n*mu^2)/(2*v)"],
    ["derive-normal-variance-mle", "score", "(D - n*v)/(2*v^2)"],
    ["derive-categorical-mle", "estimator", "nj * n^-1"],
  ])("%s part %s accepts %s", (id, part, typed) => {
    expect(grade(id, { [part]: typed }).parts.find((result) => result.id === part)?.status).toBe("correct");
  });

  it.each([
    ["derive-exponential-mle", "estimator", "S/n", "mean-for-rate"],
    ["derive-exponential-mle", "estimator", "(n-1)/S", "n-minus-1"],
    ["derive-exponential-mle", "score", "S - n/lambda", "score-sign"],
    ["derive-poisson-mle", "loglik", "S*log(lambda) - n*lambda", "dropped-constant"],
    ["derive-normal-variance-mle", "estimator", "D/(n-1)", "n-minus-1"],
    ["derive-geometric-mle", "estimator", "n/S", "wrong-support"],
    ["derive-lognormal-mle", "estimator", "log(S/n)", "log-of-mean"],
  ])("%s part %s names %s as %s", (id, part, typed, tag) => {
    expect(grade(id, { [part]: typed }).parts.find((result) => result.id === part)).toMatchObject({ status: "incorrect", mistake: tag });
  });

  it("is invalid for a symbol the part does not list", () => {
    const result = grade("derive-exponential-mle", { estimator: "n/T" }).parts.find((part) => part.id === "estimator");
    expect(result?.status).toBe("invalid");
    expect(result?.message).toMatch(/not one of this part's symbols/);
  });
});
