// Setup for the components lane (jsdom): unmount what each test rendered, so tests do not see
// each other's DOM. Vitest runs without globals, so Testing Library cannot register this itself.
// A new test goes in test/components/<name>.test.tsx. Give a component its server call as a prop
// (AnswerForm takes its check function); a component that imports a 'use server' module needs
// `vi.mock` of that module, since server actions and the database do not exist in jsdom.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
});
