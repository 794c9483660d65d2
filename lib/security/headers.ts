/**
 * Browser features the app never uses, denied to every page and frame. Only
 * names Chromium knows: an unknown one is logged as a console error.
 */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/**
 * The Content-Security-Policy of one response. Scripts run only with this
 * request's nonce ('strict-dynamic' lets Next's bootstrap load its chunks), or
 * not at all in a response rendered without Next (no nonce);
 * styles allow inline attributes, which React's `style` props render (the
 * dashboard's bars). No page may be framed, and forms post only to this origin.
 */
export function contentSecurityPolicy({ nonce, https }: { nonce?: string; https: boolean }): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Headers for every response, pages, routes and downloads alike. The referrer
 * stays same-origin: token pages (verify, status, download) must not send their
 * URL to other sites, while their own forms need an Origin (no-referrer sends
 * "null", which Next's server actions refuse). HSTS only where the app is served
 * over https, or a plain-http install would lock browsers out.
 */
export function securityHeaders({ nonce, https }: { nonce?: string; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, https }),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": DENIED_FEATURES.map((f) => `${f}=()`).join(", "),
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
