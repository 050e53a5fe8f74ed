// Setup for the components lane (jsdom): unmount what each test rendered, so tests do not see
// each other's DOM. Vitest runs without globals, so Testing Library cannot register this itself.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
});
