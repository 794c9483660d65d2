import { z } from "zod";
import { plainText } from "./plain-text";

/** The requester's answer on the status page; each error is the code the page words in the requester's language. */
export const answerSchema = z
  .string("empty")
  .trim()
  .min(1, "empty")
  .max(5000, "too-long")
  .check(plainText("bad-character", { multiline: true }));

export type AnswerError = "empty" | "too-long" | "bad-character";
