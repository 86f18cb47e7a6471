/**
 * Gives the browser a turn: pending input and rendering go first, then long work continues. A
 * message on a fresh MessageChannel, not `scheduler.yield()`: in Chromium 156 a key pressed while
 * work continued through `scheduler.yield()` was only handled once all of it was done (its
 * continuations outrank input), and `setTimeout` is clamped to 4 ms once nested.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
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
