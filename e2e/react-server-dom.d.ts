/** Next's copy of React's Flight client; only the encoder the browser's router uses for server action arguments is needed. */
declare module "next/dist/compiled/react-server-dom-webpack/client.edge" {
  export function encodeReply(value: unknown[]): Promise<string | FormData>;
}
