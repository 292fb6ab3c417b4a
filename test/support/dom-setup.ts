/**
 * A tab loads its code on demand (React.lazy), which on a busy 2-core machine can take seconds the first
 * time: every findBy/waitFor of the pane's tests waits up to 15 s (each test keeps its own timeout). Run
 * after the test framework is installed, so Testing Library still registers its cleanup after each test.
 */
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only where a DOM is
  (require("@testing-library/react") as typeof import("@testing-library/react")).configure({ asyncUtilTimeout: 15_000 });
}
