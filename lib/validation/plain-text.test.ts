import { describe, expect, it } from "vitest";
import { z } from "zod";
import { forbiddenCharacter, plainText } from "./plain-text";

const oneLine = (value: string) => forbiddenCharacter(value);
const multiLine = (value: string) => forbiddenCharacter(value, { multiline: true });

describe("characters no free-text field accepts", () => {
  it.each([
    ["NUL", "Ann\u0000Lee", "U+0000"],
    ["bell", "Ann\u0007", "U+0007"],
    ["backspace", "Ann\bLee", "U+0008"],
    ["escape (terminal colours)", "\u001b[31mAnn", "U+001B"],
    ["delete", "Ann\u007f", "U+007F"],
    ["C1 control: next line", "Ann\u0085Lee", "U+0085"],
    ["C1 control: CSI", "Ann\u009bLee", "U+009B"],
    ["right-to-left override (issue 8.11)", "Ann\u202Emoc.elpmaxe@", "U+202E"],
    ["left-to-right embedding", "\u202AAnn", "U+202A"],
    ["right-to-left embedding", "\u202BAnn", "U+202B"],
    ["pop directional formatting", "Ann\u202C", "U+202C"],
    ["left-to-right override", "\u202DAnn", "U+202D"],
    ["left-to-right isolate", "\u2066Ann", "U+2066"],
    ["right-to-left isolate", "\u2067Ann", "U+2067"],
    ["first strong isolate", "\u2068Ann", "U+2068"],
    ["pop directional isolate", "Ann\u2069", "U+2069"],
    ["left-to-right mark", "Ann\u200ELee", "U+200E"],
    ["right-to-left mark", "Ann\u200FLee", "U+200F"],
    ["Arabic letter mark", "Ann\u061CLee", "U+061C"],
    ["zero-width space", "Ann\u200BLee", "U+200B"],
    ["word joiner", "Ann\u2060Lee", "U+2060"],
    ["byte-order mark inside the text", "Ann\uFEFFLee", "U+FEFF"],
    ["line separator", "Ann\u2028Lee", "U+2028"],
    ["paragraph separator", "Ann\u2029Lee", "U+2029"],
    ["lone high surrogate", "Ann\uD800Lee", "U+D800"],
    ["lone low surrogate", "Ann\uDC00", "U+DC00"],
    ["line feed (header injection)", "Ann\nBcc: x@example.com", "U+000A"],
    ["carriage return", "Ann\rLee", "U+000D"],
    ["tab", "Ann\tLee", "U+0009"],
  ])("one line refuses %s", (_what, value, found) => {
    expect(oneLine(value)).toBe(found);
  });

  it.each([
    ["plain Latin", "Ann Lee"],
    ["Cyrillic", "Анна Ли"],
    ["Uzbek Latin with the modifier letter turned comma", "Oʻgʻiloy Toʻxtayeva"],
    ["Turkish dotted and dotless i", "İlkay Işık"],
    ["Arabic (right-to-left letters are text, not controls)", "محمد علي"],
    ["Hebrew", "דוד לוי"],
    ["Devanagari with zero-width joiner", "क्\u200Dष"],
    ["Persian with zero-width non-joiner", "می\u200Cخواهم"],
    ["emoji family joined by ZWJ", "👩\u200D👩\u200D👧"],
    ["astral plane letters", "𝒜𝓃𝓃"],
    ["combining accents", "Ame\u0301lie"],
    ["non-breaking space", "Ann\u00A0Lee"],
    ["soft hyphen", "Ann\u00ADLee"],
    ["HTML is text: escaping it is the renderer's job", "<script>alert(1)</script>"],
    ["empty", ""],
  ])("accepts %s", (_what, value) => {
    expect(oneLine(value)).toBeUndefined();
    expect(multiLine(value)).toBeUndefined();
  });

  it("several lines keep line breaks (CR LF from a browser's textarea) and tabs", () => {
    expect(multiLine("First line\r\nSecond\tline\nThird")).toBeUndefined();
  });

  it.each([
    ["NUL", "a\nb\u0000", "U+0000"],
    ["escape", "a\r\n\u001b[2J", "U+001B"],
    ["bidi override after a line break", "a\n\u202Eb", "U+202E"],
    ["vertical tab", "a\u000Bb", "U+000B"],
    ["form feed", "a\u000Cb", "U+000C"],
    ["line separator", "a\u2028b", "U+2028"],
    ["zero-width space", "a\u200Bb", "U+200B"],
  ])("several lines still refuse %s", (_what, value, found) => {
    expect(multiLine(value)).toBe(found);
  });

  it("names the first forbidden character, padded to four hex digits", () => {
    expect(oneLine("a\u0001b\u202Ec")).toBe("U+0001");
  });

  it("as a zod check, adds the field's own message", () => {
    const name = z.string().check(plainText("nameBadCharacter"));
    const details = z.string().check(plainText("detailsBadCharacter", { multiline: true }));
    expect(name.safeParse("Ann\u202E").error?.issues.map((i) => i.message)).toEqual(["nameBadCharacter"]);
    expect(name.safeParse("Ann\nLee").error?.issues.map((i) => i.message)).toEqual(["nameBadCharacter"]);
    expect(details.safeParse("Ann\nLee").success).toBe(true);
    expect(details.safeParse("Ann\u2067Lee").error?.issues.map((i) => i.message)).toEqual(["detailsBadCharacter"]);
  });
});
