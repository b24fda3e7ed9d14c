/**
 * A long build runs on the event loop of a server that must keep answering (health checks, the test runner's
 * RPC): `pause()` hands the loop a turn once `budgetMs` of work has passed since the last turn, and costs
 * nothing otherwise. A macrotask (setImmediate), not a resolved promise: awaiting one of those runs no timer or I/O.
 */
export function eventLoopTurns(budgetMs = 50): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
