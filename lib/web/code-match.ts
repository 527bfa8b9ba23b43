import { editDistance } from "../search/edit-distance";

/**
 * Matching a mistyped or mis-cased code path against the catalog, for the 404 page. Pure: it takes the
 * brief code list (as served at /api/v1/codes.json), so the browser and the tests can both use it. The
 * distance is search's (lib/search/edit-distance): a swap of two neighbours costs one there and here.
 */
export type BriefCode = {
  service: string;
  slug: string;
  code: string;
  title: string;
  /** The English twin of the title (the API carries both languages). */
  en?: { title: string };
  aliases?: readonly string[];
  /** Old addresses ("service/slug") of a code that moved to another service. */
  formerKeys?: readonly string[];
};

/** Lower-case letters and digits only: "ER-323", "er323" and "ＥＲ３２３" all become "er323". */
export function squash(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** A service id as typed: catalog ids are lower-case ASCII, so full-width "ＡＵ-ＰＡＹ" means "au-pay". */
function serviceId(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

/**
 * The path's segments after /codes/, decoded; undefined when the path is not a code path. `issuer` is the
 * card-company segment of a child page (/codes/{service}/{code}/{issuer}), when there is one.
 */
export function codePathParts(pathname: string): { service: string; code: string; issuer?: string } | undefined {
  const parts = pathname
    .split("/")
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  if (parts[0]?.toLowerCase() !== "codes") return undefined;
  return { service: parts[1] ?? "", code: parts[2] ?? "", ...(parts[3] ? { issuer: parts[3] } : {}) };
}

/** The one code the path means when only letter case or punctuation is off. */
export function exactMatch(codes: readonly BriefCode[], service: string, code: string): BriefCode | undefined {
  const s = serviceId(service);
  const c = squash(code);
  if (c === "") return undefined;
  return (
    codes.find((x) => x.service === s && (squash(x.slug) === c || (x.aliases ?? []).some((a) => squash(a) === c))) ??
    codes.find((x) => (x.formerKeys ?? []).some((k) => k === `${s}/${code.normalize("NFKC").toLowerCase()}`))
  );
}

/**
 * Up to `limit` codes nearest to what was typed: edit distance on the squashed code, codes of the same
 * service first. Far-off codes are left out so the list never suggests nonsense.
 */
export function nearestCodes(codes: readonly BriefCode[], service: string, code: string, limit = 3): BriefCode[] {
  const s = serviceId(service);
  const c = squash(code);
  if (c === "") return codes.filter((x) => x.service === s).slice(0, limit);
  return codes
    .map((x) => {
      const slug = squash(x.slug);
      const max = Math.max(2, Math.floor(slug.length / 2));
      // Bounded by `max`: a very long path (a 5,000-character 404) gives up at once instead of
      // freezing the page.
      const near = (f: string) => {
        const d = editDistance(c, f, max);
        return d > max ? Infinity : d;
      };
      return { x, d: Math.min(near(slug), ...(x.aliases ?? []).map((a) => near(squash(a)))), max, same: x.service === s ? 0 : 1 };
    })
    .filter(({ d, max }) => d <= max)
    .sort((a, b) => a.same - b.same || a.d - b.d)
    .slice(0, limit)
    .map(({ x }) => x);
}
