/** Gives the browser a turn: input and rendering go first, then long work continues. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Paces long work: call the returned function between small steps; once `sliceMs` have passed
 * since the last turn it gives the browser one (`yieldToMain`), else it returns at once.
 */
export function slicer(sliceMs = 25): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < sliceMs) return;
    await yieldToMain();
    started = performance.now();
  };
}
