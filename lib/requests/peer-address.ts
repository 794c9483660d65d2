import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";

/**
 * The TCP peer of the request being handled. Next hands route handlers and server
 * actions only headers, and keeps an X-Forwarded-For the client sent, so the
 * socket's address is captured from Node's own "http.server.request.start"
 * channel, before Next sees the request, and carried in async context: no header
 * a client could forge. Every request on a connection shares its socket, so
 * entering the store on the connection's context is exact. The store lives on
 * globalThis because instrumentation and routes are bundled apart.
 */
const key = Symbol.for("rightsdesk.peerAddress");
const holder = globalThis as { [key]?: AsyncLocalStorage<string> };
const storage = (holder[key] ??= new AsyncLocalStorage<string>());

let subscribed = false;

/** Called once at start-up (instrumentation.ts). */
export function capturePeerAddresses() {
  if (subscribed) return;
  subscribed = true;
  subscribe("http.server.request.start", (message) => {
    const { socket } = message as { socket: Socket };
    if (socket.remoteAddress) storage.enterWith(socket.remoteAddress);
  });
}

/** The socket address of the current request; undefined outside one or before start-up finished. */
export function peerAddress(): string | undefined {
  return storage.getStore();
}
