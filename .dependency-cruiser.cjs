// The import boundaries between the project's parts, checked on every `npm run lint`. ESLint sees
// one file's imports; dependency-cruiser sees the whole graph, so these rules also forbid indirect
// reach (A imports B imports the forbidden C). Type-only imports count: they couple the parts too.
/** The project's own source folders. */
const PROJECT = "^(app|components|lib|prisma|scripts|test|bench)/";
/** React, Next and Prisma, however they are reached (the package or a file inside it). */
const FRAMEWORKS = ["(^|/)node_modules/(react|react-dom|next|server-only|@prisma/[^/]+|prisma|\\.prisma)/"];
const DATABASE = "^lib/db\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "estimation-is-self-contained",
      comment:
        "lib/estimation is the numerical core, verified against R: it imports nothing of the project outside itself, so it can be read, tested and reused alone.",
      severity: "error",
      from: { path: "^lib/estimation/" },
      to: { path: PROJECT, pathNot: "^lib/estimation/" },
    },
    {
      name: "grading-and-questions-stay-pure",
      comment:
        "lib/grading and lib/questions are pure TypeScript: they never reach React, Next, Prisma, the database, or the UI folders, directly or through another module.",
      severity: "error",
      from: { path: "^lib/(grading|questions)/" },
      to: { reachable: true, path: [...FRAMEWORKS, DATABASE, "^(app|components)/"] },
    },
    {
      name: "components-never-reach-the-database",
      comment:
        'components/ renders what it is given: it never reaches lib/db or Prisma, directly or indirectly. The one bridge is a server action module (lib/actions/, each starting with "use server"): Next replaces it in the client bundle by references to server endpoints, so the cruise stops there (doNotFollow below) and what lies behind it is not part of the component\'s graph.',
      severity: "error",
      from: { path: "^components/" },
      to: { reachable: true, path: [DATABASE, "(^|/)node_modules/(@prisma/[^/]+|prisma|\\.prisma)/"] },
    },
    {
      name: "env-stays-on-the-server",
      comment:
        "lib/env.ts reads the server's environment (the database URL, the session secret): components/ never reach it, so it cannot end up in a browser bundle, where it would read an empty environment.",
      severity: "error",
      from: { path: "^components/" },
      to: { reachable: true, path: "^lib/env\\.ts$" },
    },
    {
      name: "nothing-imports-app",
      comment:
        "app/ is the top of the graph (routes, pages, layouts): components/ and lib/ never import from it. Code both need lives in lib/ (server actions in lib/actions/).",
      severity: "error",
      from: { path: "^(components|lib)/" },
      to: { path: "^app/" },
    },
    {
      name: "database-through-its-owners",
      comment:
        "lib/db.ts owns the connection; lib/auth/ (accounts, sessions, sign-in throttle) and lib/study/ (attempts, sessions, reviews, progress) own the tables. Everything else, lib/learner.ts and app/ included, asks those modules. The health route may import lib/db, which owns the question it asks (does the connection answer?); ESLint stops it from importing the client itself. Seeds, scripts and tests use the client directly.",
      severity: "error",
      from: {
        pathNot: ["^lib/db\\.ts$", "^lib/auth/", "^lib/study/", "^app/api/health/route\\.ts$", "^(prisma|scripts|test|bench)/"],
      },
      to: { path: DATABASE },
    },
    {
      name: "actions-are-entry-points",
      comment:
        "Server actions are called from the UI (app/, components/) and tests, never by other library code: the boundary rules stop at lib/actions/, so library code behind an action would go unchecked.",
      severity: "error",
      from: { pathNot: ["^(app|components|test)/", "^lib/actions/"] },
      to: { path: "^lib/actions/" },
    },
  ],
  options: {
    // Library code is a leaf of the graph (not excluded: rules about React, Next and Prisma need
    // to see the package), and server action modules are where the client graph ends (see
    // components-never-reach-the-database).
    doNotFollow: { path: ["node_modules", "^lib/actions/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    cache: { folder: "node_modules/.cache/dependency-cruiser", strategy: "content" },
  },
};
