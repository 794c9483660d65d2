/** One CSV column: its header and how to read its cell from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * RFC 4180 text: CRLF line ends; a field holding a comma, quote, CR or LF is
 * quoted with its quotes doubled; null and undefined are empty fields.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return csvHeader(columns) + csvRows(columns, rows);
}

/** The header line alone, for a file written in pieces. */
export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return line(columns.map((c) => c.header));
}

/** The lines of some rows, for a file written in pieces. */
export function csvRows<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return rows.map((row) => line(columns.map((c) => c.value(row)))).join("");
}

function line(values: (string | number | boolean | null | undefined)[]): string {
  return values.map(field).join(",") + "\r\n";
}

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Spreadsheets run text starting with = + - @ (or a tab/CR before one) as a formula
  // (OWASP "CSV injection"); a leading apostrophe keeps such text as text. Numbers are safe.
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
