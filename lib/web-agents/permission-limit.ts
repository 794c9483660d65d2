/**
 * The cap on the agent's signed permission file. It travels in the server action's body,
 * which Next caps at 1 MB (lib/http/request-refusal.ts), so the file's own cap leaves room
 * for the rest of the form. On its own so the form in the browser checks a chosen file
 * against it before posting, without loading the server's file checks.
 */
export const PERMISSION_MAX_BYTES = 768 * 1024;
export const PERMISSION_MAX_KB = PERMISSION_MAX_BYTES / 1024;
