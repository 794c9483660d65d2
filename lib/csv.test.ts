import { describe, expect, it } from "vitest";
import { toCsv, type CsvColumn } from "./csv";

type Row = { a: string | null; b?: number | boolean };
const columns: CsvColumn<Row>[] = [
  { header: "A", value: (r) => r.a },
  { header: "B, with comma", value: (r) => r.b },
];

describe("toCsv", () => {
  it("writes a header and one CRLF-ended line per row", () => {
    expect(toCsv(columns, [{ a: "x", b: 1 }, { a: "y", b: true }])).toBe('A,"B, with comma"\r\nx,1\r\ny,true\r\n');
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(columns, [])).toBe('A,"B, with comma"\r\n');
  });

  it.each([
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["plain", "plain"],
    ["", ""],
  ])("quotes %j as %j", (value, cell) => {
    expect(toCsv([{ header: "h", value: (r: string) => r }], [value])).toBe(`h\r\n${cell}\r\n`);
  });

  it("leaves null and undefined cells empty", () => {
    expect(toCsv(columns, [{ a: null }])).toBe('A,"B, with comma"\r\n,\r\n');
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])("keeps formula-like text %j from running as a formula", (value, cell) => {
    expect(toCsv([{ header: "h", value: (r: string) => r }], [value])).toBe(`h\r\n${cell}\r\n`);
  });

  it("leaves negative numbers as numbers", () => {
    expect(toCsv([{ header: "h", value: (r: number) => r }], [-5])).toBe("h\r\n-5\r\n");
  });
});
