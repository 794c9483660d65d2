/** Thrown by `run` when every permit is taken and the queue is full. */
export class SemaphoreFull extends Error {
  constructor() {
    super("too many tasks waiting");
  }
}

/**
 * At most `permits` tasks at once; up to `maxWaiting` more wait their turn in
 * order, and any beyond that are refused at once rather than piling up.
 */
export function createSemaphore({ permits, maxWaiting }: { permits: number; maxWaiting: number }) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < permits) active++;
      else if (waiting.length < maxWaiting) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new SemaphoreFull();
      try {
        return await task();
      } finally {
        // The permit passes straight to the next in line, so `active` only falls when nobody waits.
        const next = waiting.shift();
        if (next) next();
        else active--;
      }
    },
  };
}
