import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalog, listCodes } from "@/lib/catalog";
import {
  buildSearchIndex,
  clampQuery,
  compactText,
  containsCardNumber,
  createSearchEngine,
  DEFAULT_RESULT_LIMIT,
  extractCodeCandidates,
  MAX_QUERY_LENGTH,
  normalizeText,
  passesLuhn,
  tokenize,
} from "@/lib/search";
import { hostileString, maximalStrings, PROPERTY_PARAMS } from "../support/hostile-strings";

// Robustness of the search module on anything people or robots type: every function returns, in bounded
// time, a well-formed answer. The engine catches its own errors (and then shows "no results"), so its
// properties below are about what it answers, and the pure parts are checked on their own, uncaught.

/**
 * "Bounded time" as a ceiling on one call with up to 10,000 characters. Linear code takes a few ms; a
 * regular expression that backtracks (or a quadratic loop) takes far longer on such input. The ceiling is
 * loose on purpose: this machine is shared (a 200-character query already takes up to ~1 s here when it
 * is busy), and speed figures belong in `npm run perf`, not in tests.
 */
const CALL_CEILING_MS = 3_000;

function timed<T>(f: () => T): T {
  const start = performance.now();
  const out = f();
  const ms = performance.now() - start;
  expect(ms, `one call took ${Math.round(ms)} ms`).toBeLessThan(CALL_CEILING_MS);
  return out;
}

const withMaximal = { ...PROPERTY_PARAMS, examples: maximalStrings().map((s) => [s] as [string]) };
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const engine = createSearchEngine(buildSearchIndex(getCatalog()));

describe("normalizeText on hostile text", () => {
  it("returns clean single-spaced words, and normalising twice changes nothing", () => {
    fc.assert(
      fc.property(hostileString(), (s) => {
        const n = timed(() => normalizeText(s));
        expect(typeof n).toBe("string");
        expect(n).not.toMatch(CONTROL);
        expect(n).not.toMatch(LONE_SURROGATE);
        expect(n).toBe(n.trim());
        expect(n).not.toContain("  ");
        // The index stores normalised text and queries are normalised too: both must be fixed points.
        expect(normalizeText(n)).toBe(n);
        expect(compactText(s)).not.toContain(" ");
        expect(tokenize(n).join(" ")).toBe(n);
      }),
      withMaximal,
    );
  });

  it("treats full-width letters and digits like ASCII ones", () => {
    const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 "), maxLength: 40 }), (s) => {
        expect(normalizeText(toFullWidth(s))).toBe(normalizeText(s));
      }),
      PROPERTY_PARAMS,
    );
  });

  it("gives \"\" for anything that is not a string", () => {
    for (const v of [undefined, null, 0, 1n, {}, [], ["ER323"], Symbol("x"), () => "ER323"]) {
      expect(normalizeText(v)).toBe("");
      expect(extractCodeCandidates(v)).toEqual([]);
      expect(clampQuery(v)).toBe("");
    }
  });
});

describe("extractCodeCandidates on hostile text", () => {
  it("returns distinct compact candidates of 2-24 characters with a digit", () => {
    fc.assert(
      fc.property(hostileString(), (s) => {
        const candidates = timed(() => extractCodeCandidates(s));
        expect(new Set(candidates).size).toBe(candidates.length);
        for (const c of candidates) expect(c).toMatch(/^(?=.*\d)[a-z0-9]{2,24}$/);
      }),
      withMaximal,
    );
  });

  it("finds every one-piece catalog code however it is surrounded", () => {
    const onePiece = listCodes()
      .map((c) => compactText(c.code))
      .filter((k) => /^(?=.*\d)[a-z0-9]{2,24}$/.test(k));
    expect(onePiece.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...onePiece), hostileString(300), hostileString(300), (code, before, after) => {
        // 「」 separate the code from its neighbours the way a pasted error message does.
        expect(extractCodeCandidates(`${before}「${code.toUpperCase()}」${after}`)).toContain(code);
      }),
      PROPERTY_PARAMS,
    );
  });
});

describe("clampQuery", () => {
  it("keeps a prefix of at most MAX_QUERY_LENGTH units and never splits a surrogate pair", () => {
    const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
    const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
    fc.assert(
      fc.property(hostileString(), (s) => {
        const q = clampQuery(s);
        expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(s.startsWith(q)).toBe(true);
        // Cut between a high and a low surrogate = half an emoji left at the end.
        if (q.length > 0 && q.length < s.length) {
          expect(isHigh(q.charCodeAt(q.length - 1)) && isLow(s.charCodeAt(q.length))).toBe(false);
        }
        // Nothing more is cut than that one unit.
        if (s.length > MAX_QUERY_LENGTH) expect(q.length).toBeGreaterThanOrEqual(MAX_QUERY_LENGTH - 1);
      }),
      withMaximal,
    );
  });
});

describe("the search engine on hostile queries", () => {
  it("answers with at most DEFAULT_RESULT_LIMIT distinct same-site results, in bounded time", () => {
    fc.assert(
      fc.property(hostileString(), (s) => {
        const outcome = timed(() => engine.search(s));
        expect(outcome.results.length).toBeLessThanOrEqual(DEFAULT_RESULT_LIMIT);
        expect(outcome.query).toBe(outcome.blocked ? "" : clampQuery(s));
        const ids = outcome.results.map((r) => `${r.kind}:${r.id}`);
        expect(new Set(ids).size).toBe(ids.length);
        for (const r of outcome.results) {
          expect(r.href.startsWith("/") && !r.href.startsWith("//")).toBe(true);
          expect(Number.isFinite(r.score)).toBe(true);
        }
        expect(timed(() => engine.nearestCodes(s)).length).toBeLessThanOrEqual(3);
      }),
      // The engine is the slow part (fuzzy matching per word): fewer runs keep the file under ~10 s.
      { ...PROPERTY_PARAMS, numRuns: 40, examples: maximalStrings().slice(0, 4).map((s) => [s] as [string]) },
    );
  });

  it("never searches a card number, however it is written or wrapped", () => {
    const cardNumber = fc
      .tuple(fc.constantFrom("4", "5", "35", "37"), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 14 }))
      .map(([prefix, rest]) => {
        const body = prefix + rest.join("");
        const check = [..."0123456789"].find((d) => passesLuhn(body + d)) ?? "0";
        return body + check;
      });
    const written = fc.tuple(cardNumber, fc.constantFrom("", " ", "-", "　"), fc.boolean()).map(([n, sep, wide]) => {
      const grouped = n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
      return wide ? grouped.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : grouped;
    });
    fc.assert(
      fc.property(written, hostileString(60), hostileString(60), (n, before, after) => {
        const text = `${before} ${n} ${after}`;
        fc.pre(text.length <= MAX_QUERY_LENGTH);
        expect(containsCardNumber(text)).toBe(true);
        expect(engine.search(text)).toEqual({ query: "", blocked: true, results: [] });
        expect(engine.nearestCodes(text)).toEqual([]);
      }),
      PROPERTY_PARAMS,
    );
  });

  it("finds every catalog code among the first results, typed as people type it", () => {
    const codes = listCodes();
    // Codes with letters and digits (ER323, G30-42G300000) are typed in many ways; messages shown by a
    // shop (本人認証ができません) are pasted as they are, perhaps in brackets.
    const isAlnumCode = (code: string) => /[0-9]/.test(code) && /^[\x21-\x7e]+$/.test(code);
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom("", "エラー ", "エラーコード：", "「", "error "),
        fc.constantFrom("", "」", " が出ました"),
        fc.constantFrom<"as-is" | "lower" | "full-width">("as-is", "lower", "full-width"),
        (code, before, after, form) => {
          const alnum = isAlnumCode(code.code);
          const typed =
            !alnum || form === "as-is"
              ? code.code
              : form === "lower"
                ? code.code.toLowerCase()
                : code.code.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          const query = alnum ? `${before}${typed}${after}` : before === "「" ? `「${typed}」` : typed;
          const { results } = engine.search(query);
          expect(results.map((r) => r.id), query).toContain(code.key);
        },
      ),
      { ...PROPERTY_PARAMS, numRuns: 400 },
    );
  });
});
