/** A staff session ends after this long without use (the JWT's maxAge and the session row's). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
