/**
 * A pure function that keeps its answers for arguments it has seen, under
 * `key(args)`, up to `limit` of them (then it forgets them all and starts
 * again). For the date and zone arithmetic a sweep repeats for every request
 * with the same few days and instants. Throws are not kept.
 */
export function memoize<A extends unknown[], V>(fn: (...args: A) => V, key: (...args: A) => string, limit = 10_000): (...args: A) => V {
  const answers = new Map<string, V>();
  return (...args) => {
    const k = key(...args);
    if (answers.has(k)) return answers.get(k)!;
    const answer = fn(...args);
    if (answers.size >= limit) answers.clear();
    answers.set(k, answer);
    return answer;
  };
}
