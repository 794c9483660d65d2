import { describe, expect, it } from "vitest";
import { actionForm } from "./action-form";

describe("actionForm", () => {
  const form = new FormData();
  form.set("portal", "mvsep");

  it("is the second argument when the page sent the action state first", () => {
    expect(actionForm({}, form)).toBe(form);
  });

  it("is the first argument when a post named the action by id alone", () => {
    expect(actionForm(form, undefined)).toBe(form);
  });

  it("is an empty form when neither is one", () => {
    expect([...actionForm(undefined, undefined)]).toEqual([]);
  });
});
