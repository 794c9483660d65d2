/** How long a staff magic link works; its email is deleted from the outbox once delivered or past this. */
export const MAGIC_LINK_MINUTES = 15;
