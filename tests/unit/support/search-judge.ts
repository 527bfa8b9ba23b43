import type { IndexSource } from "@/lib/search/build-index";
import { compactText } from "@/lib/search/normalize";
import type { SearchIndex, SearchOutcome, SearchResult } from "@/lib/search/types";
import { ISSUER_PAGE_GROUPS } from "@/lib/generated/issuer-pages";
import type { HeldOutCase } from "../fixtures/search-held-out";

/**
 * Judges one search outcome against a held-out or golden case (see tests/unit/fixtures/search-held-out.ts
 * for what `want` may say). Shared by `npm run bench:search` and the unit tests, so both count alike.
 */

/** "code:au-pay/er323", or "code:au-pay/er323@rakuten" for a result that opens a card company's page. */
export const resultKey = (r: Pick<SearchResult, "kind" | "id"> & { issuer?: string }): string =>
  `${r.kind}:${r.id}${r.issuer ? `@${r.issuer}` : ""}`;

/** The code-like text the outcome says the catalog lacks, if the engine says so. */
const missingCodeOf = (outcome: SearchOutcome): string | undefined =>
  (outcome as SearchOutcome & { missingCode?: string }).missingCode;

const GENERAL_CHECKS = "cause:card-payment-general-checks";
const LIKELIHOOD = { high: 0, medium: 1, low: 2 } as const;

export type Verdict = { top1: boolean; top3: boolean; awaiting: boolean; first: string | undefined };

export type Judge = {
  /** The entry keys that count as right for `c` in this catalog (empty when it awaits data or wants "not here"). */
  accepted(c: HeldOutCase): ReadonlySet<string>;
  /** True when every answer `c` wants names an entry that does not exist (yet). */
  awaiting(c: HeldOutCase): boolean;
  judge(c: HeldOutCase, outcome: SearchOutcome): Verdict;
  /** Wants that name nothing (a typo in the table), for a test; "named:" and awaited ones are allowed. */
  unknownWants(c: HeldOutCase): string[];
};

const globMatch = (pattern: string, key: string) =>
  pattern.endsWith("*") ? key.startsWith(pattern.slice(0, -1)) : key === pattern;

/** The letters a code starts with (or-ccseh-05 → orccseh, pgse37 → pgse, 42g300000 → ""). */
const letterPrefix = (code: string) => /^[a-z]+/.exec(compactText(code))?.[0] ?? "";

export function createJudge(catalog: IndexSource, index: SearchIndex): Judge {
  const keys = new Set(index.docs.map((d) => `${d.kind}:${d.id}`));
  const issuerPages = new Set(
    ISSUER_PAGE_GROUPS.flatMap((g) => g.codes.flatMap((code) => g.issuers.map((issuer) => `code:${code}@${issuer}`))),
  );
  // Code entries by their code as printed, compacted: 2320 → ["code:mobile-suica/2320"].
  const named = new Map<string, { service: string; key: string }[]>();
  for (const d of index.docs) {
    if (d.kind !== "code") continue;
    const k = compactText(d.label);
    named.set(k, [...(named.get(k) ?? []), { service: d.id.split("/")[0] ?? "", key: `code:${d.id}` }]);
  }
  // For each cause, the code pages where it is among the most likely causes.
  const codesAbout = new Map<string, string[]>();
  for (const code of catalog.codes) {
    const top = Math.min(...code.causes.map((c) => LIKELIHOOD[c.likelihood]));
    for (const c of code.causes)
      if (LIKELIHOOD[c.likelihood] === top) codesAbout.set(c.cause, [...(codesAbout.get(c.cause) ?? []), `code:${code.key}`]);
  }
  const letterPrefixOf = new Map(index.docs.filter((d) => d.kind === "code").map((d) => [`code:${d.id}`, letterPrefix(d.label)]));

  const expand = (want: string): string[] => {
    if (want === "not-here") return [];
    if (want.startsWith("about:")) {
      const cause = want.slice("about:".length);
      return [`cause:${cause}`, ...(codesAbout.get(cause) ?? [])].filter((k) => keys.has(k));
    }
    if (want.startsWith("named:")) {
      const spec = want.slice("named:".length);
      const slash = spec.indexOf("/");
      const service = slash > 0 ? spec.slice(0, slash) : undefined;
      const code = service ? spec.slice(slash + 1) : spec;
      return (named.get(compactText(code)) ?? []).filter((n) => !service || n.service === service).map((n) => n.key);
    }
    if (want.includes("@")) return issuerPages.has(want) ? [want] : [];
    return keys.has(want) ? [want] : [];
  };

  const accepted = (c: HeldOutCase) => new Set(c.want.flatMap(expand));
  const wantsNotHere = (c: HeldOutCase) => c.want.includes("not-here");
  const awaiting = (c: HeldOutCase) => accepted(c).size === 0 && !wantsNotHere(c);

  function judge(c: HeldOutCase, outcome: SearchOutcome): Verdict {
    const ranked = outcome.results.map(resultKey);
    const first = ranked[0];
    const ok = accepted(c);
    if (ok.size > 0) {
      return { top1: first !== undefined && ok.has(first), top3: ranked.slice(0, 3).some((k) => ok.has(k)), awaiting: false, first };
    }
    if (!wantsNotHere(c)) return { top1: false, top3: false, awaiting: true, first };
    // "Not here yet": said, and nothing unrelated first (an allowed entry, the general checks, or a code
    // of the same shape as the one typed).
    const missing = missingCodeOf(outcome);
    const related = (key: string) =>
      key === GENERAL_CHECKS ||
      (c.allow ?? []).some((p) => globMatch(p, key)) ||
      (missing !== undefined && letterPrefix(missing) !== "" && letterPrefixOf.get(key) === letterPrefix(missing));
    const pass = missing !== undefined && (first === undefined || related(first));
    return { top1: pass, top3: pass, awaiting: false, first };
  }

  const unknownWants = (c: HeldOutCase) =>
    c.awaits ? [] : c.want.filter((w) => w !== "not-here" && !w.startsWith("named:") && expand(w).length === 0);

  return { accepted, awaiting, judge, unknownWants };
}
