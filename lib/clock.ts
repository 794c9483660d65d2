/**
 * The one time source for sweeps and reminders: production reads the real
 * clock; tests move it forward by weeks without waiting.
 */
let source: () => Date = () => new Date();

export function now(): Date {
  return source();
}

/** For tests: make `now()` return what `clock` says until `resetClock()`. */
export function setClock(clock: () => Date): void {
  source = clock;
}

export function resetClock(): void {
  source = () => new Date();
}
