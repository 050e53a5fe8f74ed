// The Next-Router-State-Tree header: Next parses it on RSC requests (client navigations, server
// actions) and answers 500 to one whose JSON has the wrong shape. The proxy refuses those with a
// 400 (lib/action-request.ts): never a tree Next's own validator would accept and its client sends,
// always one that validator refuses.
import fc from "fast-check";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { checkRouterState } from "@/lib/action-request";
import { proxy } from "@/proxy";

const header = (tree: unknown) => encodeURIComponent(JSON.stringify(tree));
const ours = (state: string) => checkRouterState(new Headers({ "next-router-state-tree": state })).ok;
function nexts(state: string): boolean {
  try {
    parseAndValidateFlightRouterState(state);
    return true;
  } catch {
    return false;
  }
}

/** Trees as Next 16.4's client sends them (recorded from Chromium on this app's pages). */
const SENT = [
  ["", { children: ["__PAGE__", {}, null, null] }, null, null, 1],
  [
    "",
    {
      children: [
        "study",
        { children: [["id", "cmxc4ljo", "d", null], { children: ["__PAGE__", {}, null, null] }, null, null] },
        null,
        null,
      ],
    },
    null,
    null,
    1,
  ],
  ["", { children: ["(index)", { children: ["__PAGE__", {}, null, "refetch"] }] }, ["/practice", "/practice"], "inside-shared-layout", 1],
  ["", { children: ["review", { children: [["templateId", "mle-bernoulli-p", "d", ["next"]], {}] }] }, null, "metadata-only", null, "x"],
];

async function status(tree: string, path = "/practice"): Promise<number> {
  const response = await proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { rsc: "1", "next-router-state-tree": tree } }));
  return response.status;
}

describe("the router-state header", () => {
  it("passes the trees Next's client sends, as Next's validator does", async () => {
    for (const tree of SENT) {
      expect(nexts(header(tree)), JSON.stringify(tree)).toBe(true);
      expect(await status(header(tree)), JSON.stringify(tree)).toBe(200);
    }
  });

  it("refuses JSON of the wrong shape with a 400: Next answered 500", async () => {
    const nested = `${"[".repeat(3000)}${"]".repeat(3000)}`;
    const wrong = [
      header("x"),
      header([1]),
      header({}),
      header([["a"]]),
      header([]),
      header(["", []]),
      header(["", { children: 1 }]),
      header(["", {}, "/practice"]),
      header(["", {}, null, "soon"]),
      header(["", {}, null, null, true]),
      header(["", {}, null, null, 1, 2]),
      header(["", {}, null, null, 1, "x", "y"]),
      header([["id", "1", "q", null], {}]),
      header([["id", "1", "d"], {}]),
      header(["", { children: ["", { children: "__PAGE__" }] }]),
      encodeURIComponent(nested),
    ];
    for (const tree of wrong) {
      expect(await status(tree), decodeURIComponent(tree).slice(0, 60)).toBe(400);
    }
    // Well formed but deeper than any route here: Next's validator would recurse through all of it.
    let deep: unknown = ["__PAGE__", {}];
    for (let level = 0; level < 40; level++) deep = ["", { children: deep }];
    expect(nexts(header(deep))).toBe(true);
    expect(await status(header(deep))).toBe(400);
  });

  it("never passes a tree Next's validator refuses (generated trees, right and wrong)", () => {
    const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null), fc.boolean());
    const segment = fc.oneof(
      fc.constantFrom("", "__PAGE__", "study", "(index)"),
      fc.tuple(
        fc.string({ maxLength: 3 }),
        fc.string({ maxLength: 3 }),
        fc.constantFrom("d", "c", "oc", "ci(..)", "x"),
        fc.option(fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 })),
      ),
      fc.array(leaf, { maxLength: 5 }),
      leaf,
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.tuple(segment, tie("routes")),
        fc.tuple(
          segment,
          tie("routes"),
          fc.oneof(fc.constant(null), fc.tuple(fc.string(), fc.string()), leaf),
          fc.constantFrom(null, "refetch", "metadata-only", "inside-shared-layout", "other", 1),
        ),
        fc.tuple(
          segment,
          tie("routes"),
          fc.constant(null),
          fc.constant(null),
          fc.oneof(fc.integer(), fc.constant(null), fc.boolean()),
          fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
        ),
        fc.array(tie("tree"), { maxLength: 3 }),
      ),
      routes: fc.oneof(
        { depthSize: "small" },
        fc.dictionary(fc.constantFrom("children", "modal", "__proto__", "0"), tie("tree"), { maxKeys: 2 }),
        fc.array(tie("tree"), { maxLength: 2 }),
        leaf,
      ),
    }));
    let accepted = 0;
    fc.assert(
      fc.property(tree, (value) => {
        const state = header(value);
        if (ours(state)) {
          accepted += 1;
          return nexts(state);
        }
        return true;
      }),
      { numRuns: 5000 },
    );
    // The generator reaches valid trees too, so the property says something about them.
    expect(accepted).toBeGreaterThan(20);
  });

  it("passes every well-formed tree Next's validator passes (generated)", () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.tuple(
        fc.string({ maxLength: 4 }),
        fc.string({ maxLength: 8 }),
        fc.constantFrom("c", "ci(..)(..)", "ci(.)", "ci(..)", "ci(...)", "oc", "d", "di(..)(..)", "di(.)", "di(..)", "di(...)"),
        fc.option(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 })),
      ),
    );
    const treeOf = (routes: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown[]> =>
      fc
        .tuple(
          segment,
          routes,
          fc.option(fc.tuple(fc.string(), fc.string())),
          fc.constantFrom(null, "refetch", "inside-shared-layout", "metadata-only"),
          fc.option(fc.integer()),
          fc.string({ maxLength: 4 }),
          fc.integer({ min: 2, max: 6 }),
        )
        .map(([name, children, url, refresh, root, extra, length]) => [name, children, url, refresh, root, extra].slice(0, length));
    let tree = treeOf(fc.constant({}));
    for (let level = 0; level < 4; level++) {
      tree = treeOf(fc.dictionary(fc.constantFrom("children", "modal", "sidebar"), tree, { maxKeys: 2 }));
    }
    fc.assert(
      fc.property(tree, (value) => {
        const state = header(value);
        return nexts(state) && ours(state);
      }),
      { numRuns: 2000 },
    );
  });
});
