// The registry of named mistakes: the words the learner sees, and older tags read sensibly.
import { describe, expect, it } from "vitest";
import { MISTAKE_TAGS, isMistakeTag, mistakeName } from "@/lib/grading";
import { COMPUTATION_TEMPLATES } from "@/lib/questions/templates/computations";
import { auditComputation } from "@/lib/questions/computation";

describe("mistake tags", () => {
  it("name the classic mistakes in words", () => {
    expect(mistakeName("n-minus-1")).toBe("divided by n − 1");
    expect(mistakeName("old-mean")).toBe("variance around the old mean");
    expect(mistakeName("loglik-for-bound")).toBe("the log-likelihood in place of the bound");
    expect(mistakeName("trial-weighted")).toBe("trial-weighted weights");
  });

  it("read a tag that is not (or no longer) registered as its words", () => {
    expect(isMistakeTag("made-up-tag")).toBe(false);
    expect(mistakeName("made-up-tag")).toBe("made up tag");
    expect(isMistakeTag("toString")).toBe(false);
  });

  it("read a stored tag named like a property every object has as text, never as that property", () => {
    // Such a tag can reach the progress page from an older import or a hand-edited database.
    for (const tag of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"]) {
      expect(isMistakeTag(tag), tag).toBe(false);
      expect(mistakeName(tag), tag).toBe(tag.replaceAll("-", " "));
    }
  });

  it("are all kebab-case with a short name, and every tag a template names is registered", () => {
    for (const [tag, name] of Object.entries(MISTAKE_TAGS)) {
      expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(name.length, tag).toBeLessThan(60);
    }
    for (const template of COMPUTATION_TEMPLATES) {
      for (const seed of [0, 1, 2]) {
        for (const part of auditComputation(template, seed)?.parts ?? []) {
          for (const mistake of part.mistakes) expect(isMistakeTag(mistake.tag), `${template.id} ${mistake.tag}`).toBe(true);
        }
      }
    }
  });
});
