/**
 * A Turkish T.C. identity number (T.C. Kimlik No): eleven digits, the first
 * not zero; the tenth is (7 × the sum of digits 1, 3, 5, 7, 9 − the sum of
 * digits 2, 4, 6, 8) mod 10, and the eleventh the sum of the first ten mod 10.
 */
export function isTcIdentityNumber(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = [...value].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d[9] === tenth && d[10] === eleventh;
}
