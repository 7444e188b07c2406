/**
 * Serialises the core's writes: each command waits for the previous one to finish, including
 * the awaits inside it (a backup before an import, a parser reply), so two commands never
 * interleave. A failed command releases the lock like a finished one.
 */
export interface WriteLock {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createWriteLock(): WriteLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(work) {
      const result = tail.then(work);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
