// Long work (an export or an import of a large account) runs on the one event loop that serves
// every request. It is cut into slices that give the loop back, so no request waits behind it for
// more than a slice: timers, I/O and other requests' callbacks run between two slices.

/** Gives the event loop back once: pending I/O and timers run before this resolves. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The longest a slice runs before it gives the loop back: well under the 50 ms a request may wait. */
export const SLICE_BUDGET_MS = 10;

/**
 * Call `await slices.pause()` between small steps of a long loop: it yields once the current slice
 * has run for its budget, and costs a clock read otherwise.
 */
export class TimeSlices {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs: number = SLICE_BUDGET_MS) {}

  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
