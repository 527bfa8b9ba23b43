// The response headers every page carries. One list, used by next.config.ts (server mode) and checked
// against public/_headers (static hosts, where Next's headers() does not apply) by a unit test.
//
// Why 'unsafe-inline' for scripts and styles and not nonces: Next inlines its RSC payload as <script>
// tags in every page, so a strict script-src needs a per-request nonce, and reading a nonce forces every
// page to render dynamically. Our pages are prerendered (fast, cacheable, and the static export must
// work on any host), so we keep them static and allow inline scripts. What still holds: nothing loads
// from another origin (default-src 'self'), no plugins, no <base> hijack, forms post only to us, and no
// one can frame us. The site renders no user HTML (query text is escaped; a test checks it).
const DEV = process.env.NODE_ENV === "development";

const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // React's dev build uses eval for stack traces; the production build never does.
  `script-src 'self' 'unsafe-inline'${DEV ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");

export type HeaderPair = { readonly key: string; readonly value: string };

export const SECURITY_HEADERS: readonly HeaderPair[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Card companies' sites we link to learn only that someone came from us, never which code page.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Old browsers ignore frame-ancestors; X-Frame-Options covers them.
  { key: "X-Frame-Options", value: "DENY" },
  // The site needs none of these powerful features; only names Chromium knows, so it logs no warnings.
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
