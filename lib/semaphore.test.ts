import { expect, it } from "vitest";
import { createSemaphore, SemaphoreFull } from "./semaphore";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

it("runs at most `permits` tasks at once, queues `maxWaiting` more in order and refuses the rest", async () => {
  const gate = createSemaphore({ permits: 2, maxWaiting: 1 });
  const started: number[] = [];
  const holds = [deferred(), deferred(), deferred()];
  const task = (i: number) => () => {
    started.push(i);
    return holds[i]!.promise.then(() => i);
  };
  const runs = [0, 1, 2].map((i) => gate.run(task(i)));
  await expect(gate.run(task(3))).rejects.toBeInstanceOf(SemaphoreFull);
  await Promise.resolve();
  expect(started).toEqual([0, 1]);

  holds[0]!.resolve();
  expect(await runs[0]).toBe(0);
  await new Promise((r) => setImmediate(r));
  expect(started).toEqual([0, 1, 2]);
  holds[1]!.resolve();
  holds[2]!.resolve();
  expect(await Promise.all(runs)).toEqual([0, 1, 2]);
});

it("frees its permit when a task fails", async () => {
  const gate = createSemaphore({ permits: 1, maxWaiting: 0 });
  await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  expect(await gate.run(() => Promise.resolve("next"))).toBe("next");
});
