/**
 * Where the site lives, for canonical URLs, OpenGraph, the sitemap and robots.txt. next.config.ts checks
 * SITE_URL when a build starts (resolveSiteUrl) and bakes the result into the build, so pages rendered
 * later on a server use the same address as the prerendered ones.
 */
const LOCAL_DEFAULT = "http://127.0.0.1:3000";

export const SITE_URL = (process.env.SITE_URL ?? LOCAL_DEFAULT).replace(/\/+$/, "");

/** An absolute URL on this site for a path that starts with "/". */
export const absoluteUrl = (path: string): string => `${SITE_URL}${path}`;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The address a build bakes in. A build for deployment needs SITE_URL (an http(s) origin, nothing after
 * the host): without it every canonical link, the sitemap and robots.txt would name 127.0.0.1 and the
 * site would be invisible to search engines, so it throws with what to do. A local preview
 * (SITE_PREVIEW=1, set by `npm run serve`, `npm run serve:export` and `npm test`) warns and uses
 * http://127.0.0.1:$PORT.
 */
export function resolveSiteUrl(env: Env, warn: (message: string) => void = console.warn): string {
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    if (env.SITE_PREVIEW !== "1") {
      throw new Error(
        "SITE_URL is not set. A build for deployment needs the site's public address, for example\n" +
          "  SITE_URL=https://kessai-error.example npm run build        (or npm run build:export)\n" +
          "Without it canonical links, OpenGraph, the sitemap and robots.txt would point at 127.0.0.1.\n" +
          "For a local preview use `npm run serve` (or set SITE_PREVIEW=1).",
      );
    }
    const local = env.PORT && /^\d{1,5}$/.test(env.PORT) ? `http://127.0.0.1:${env.PORT}` : LOCAL_DEFAULT;
    warn(`SITE_URL is not set: a local preview, so links name ${local}. Set SITE_URL for a deployment.`);
    return local;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${raw}" (expected e.g. https://kessai-error.example)`);
  }
  const bare = url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
  if (!/^https?:$/.test(url.protocol) || !bare) {
    throw new Error(
      `SITE_URL must be an http(s) address with nothing after the host: "${raw}" (expected e.g. https://kessai-error.example)`,
    );
  }
  return url.origin;
}
