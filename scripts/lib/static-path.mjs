// Which file under the export's root a request target names, for scripts/serve-static.mjs. Pure apart from
// stat/realpath, so tests/unit/static-path.test.ts can feed it hostile targets directly.
import { realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";

/** Longer targets name no page of the site (ids are short); they get the 404 page without any file lookup. */
export const MAX_TARGET_LENGTH = 2048;

/**
 * The decoded path segments of a request target ("/codes/au-pay/er323?x=1"), and whether it ends in "/".
 * Undefined when the target cannot name a file: not origin-form, too long, an empty segment ("//"), broken
 * percent-encoding, or a segment that decodes to "." / "..", or holds "/", "\" or a control character
 * (%2F, %5C, %2e%2e, %00). Each segment is checked after decoding, so encoded separators and dots cannot
 * move the path; a URL parser would instead resolve %2e%2e and hand back a different, existing file.
 */
export function targetSegments(target) {
  if (typeof target !== "string" || !target.startsWith("/") || target.length > MAX_TARGET_LENGTH) return undefined;
  const path = target.split(/[?#]/, 1)[0];
  const directory = path.endsWith("/");
  const raw = path.slice(1, directory ? -1 : undefined);
  if (raw === "") return { segments: [], directory: true };
  const segments = [];
  for (const part of raw.split("/")) {
    let decoded;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (decoded === "" || decoded === "." || decoded === ".." || /[/\\\u0000-\u001f\u007f]/.test(decoded)) return undefined;
    segments.push(decoded);
  }
  return { segments, directory };
}

export function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** True when `file`, with every symlink followed, still lies inside `realRoot`. */
function inside(realRoot, file) {
  try {
    const real = realpathSync(file);
    return real.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

/**
 * The file a request target maps to, like a static host: /x → x, x.html or x/index.html; /x/ → x/index.html.
 * Never a file outside `root` (nor one reached through a symlink leading out of it); undefined otherwise.
 */
export function resolveTarget(root, target) {
  const parsed = targetSegments(target);
  if (!parsed) return undefined;
  const realRoot = realRootOf(root);
  if (!realRoot) return undefined;
  const base = join(root, ...parsed.segments);
  const candidates = parsed.directory ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((file) => isFile(file) && inside(realRoot, file));
}

/** The root with its symlinks followed, looked up once per root rather than on every request. */
const realRoots = new Map();
function realRootOf(root) {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync(root);
    } catch {
      // Not cached: a root that appears later (a build finishing) is found on the next request.
      return undefined;
    }
    realRoots.set(root, real);
  }
  return real;
}
