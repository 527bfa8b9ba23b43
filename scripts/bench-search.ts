/**
 * `npm run bench:search`: accuracy and speed of search, printed (never asserted in a timed test).
 *  - top-1 / top-3 accuracy per group on the held-out table (tests/unit/fixtures/search-held-out.ts, written
 *    before tuning from public Q&A pages) and on the golden table (tests/unit/fixtures/search-golden.ts),
 *    ours next to a plain Fuse.js with default options over code and title;
 *  - per-query latency p50 / p99 in Node on the real catalog and on a synthetic 10,000-entry catalog.
 * Held-out cases whose expected entry is still being added to the catalog are counted apart.
 */
import Fuse from "fuse.js";
import { getCatalog } from "../lib/catalog";
import { buildSearchIndex, type IndexSource } from "../lib/search/build-index";
import { createSearchEngine, type SearchEngine } from "../lib/search/engine";
import type { SearchIndex, SearchKind, SearchOutcome } from "../lib/search/types";
import { SEARCH_GOLDEN_GROUPS } from "../tests/unit/fixtures/search-golden";
import { SEARCH_HELD_OUT, type HeldOutCase } from "../tests/unit/fixtures/search-held-out";
import { createJudge, type Judge } from "../tests/unit/support/search-judge";

const TARGETS = { heldOutTop3: 0.9, top1: 0.95, top3: 1, p99RealMs: 1, p99SyntheticMs: 10 };

type Ranker = (q: string) => SearchOutcome;
type Group = { name: string; cases: readonly HeldOutCase[] };
type Score = { n: number; top1: number; top3: number; awaiting: number };

function score(judge: Judge, rank: Ranker, cases: readonly HeldOutCase[]): Score {
  const s: Score = { n: 0, top1: 0, top3: 0, awaiting: 0 };
  for (const c of cases) {
    const v = judge.judge(c, rank(c.q));
    if (v.awaiting) {
      s.awaiting++;
      continue;
    }
    s.n++;
    if (v.top1) s.top1++;
    if (v.top3) s.top3++;
  }
  return s;
}

/** The baseline: Fuse.js as it comes, over each entry's code (or name) and title. */
function plainFuse(index: SearchIndex): Ranker {
  const items = index.docs.map((d) => ({
    kind: d.kind,
    id: d.id,
    code: d.kind === "code" ? d.label : "",
    title: d.kind === "code" ? d.detail : d.label,
  }));
  const fuse = new Fuse(items, { keys: ["code", "title"] });
  return (q) => ({ query: q, blocked: false, results: fuse.search(q, { limit: 3 }).map((r) => asResult(r.item.kind, r.item.id)) });
}

const asResult = (kind: SearchKind, id: string) =>
  ({ kind, id, href: "", label: "", detail: "", score: 0, reason: { how: "words", field: "title", term: "", reading: false } }) as const;

const ours = (engine: SearchEngine): Ranker => (q) => engine.search(q, 3);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Every query of both tables, many rounds, each timed alone. */
function latency(engine: SearchEngine, queries: readonly string[], rounds: number): { p50: number; p99: number; n: number } {
  for (const q of queries) engine.search(q); // warm up (JIT, fuse.js built lazily)
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of queries) {
      const t = performance.now();
      engine.search(q);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

/** The real catalog grown to 10,000 entries: codes copied under new, distinct code strings. */
function syntheticSource(real: IndexSource, size: number): IndexSource {
  const others = real.services.length + real.issuers.length + real.causes.length;
  const codes = [...real.codes];
  for (let i = 0; codes.length + others < size; i++) {
    const base = real.codes[i % real.codes.length];
    if (!base) break;
    const code = `${base.code.replace(/\d+$/, "")}X${i}`;
    codes.push({ ...base, code, slug: `syn-${i}`, key: `${base.service}/syn-${i}`, aliases: base.aliases.map((a) => `${a} ${i}`) });
  }
  return { ...real, codes };
}

const pct = (x: number, n: number) => (n === 0 ? "     -  " : `${((x / n) * 100).toFixed(1).padStart(5)} %`);
const ms = (x: number) => `${x.toFixed(3)} ms`;
const mark = (ok: boolean) => (ok ? "ok  " : "MISS");

function table(title: string, groups: readonly Group[], judge: Judge, a: Ranker, b: Ranker): Score {
  console.log(`\n${title}`);
  console.log(`  ${"group".padEnd(16)} ${"n".padStart(4)}    ours top-1   top-3    Fuse.js top-1   top-3`);
  const total: Score = { n: 0, top1: 0, top3: 0, awaiting: 0 };
  const totalB: Score = { n: 0, top1: 0, top3: 0, awaiting: 0 };
  for (const g of groups) {
    const s = score(judge, a, g.cases);
    const f = score(judge, b, g.cases);
    for (const k of ["n", "top1", "top3", "awaiting"] as const) {
      total[k] += s[k];
      totalB[k] += f[k];
    }
    const apart = s.awaiting > 0 ? `   (+${s.awaiting} awaiting data)` : "";
    console.log(`  ${g.name.padEnd(16)} ${String(s.n).padStart(4)}    ${pct(s.top1, s.n)}  ${pct(s.top3, s.n)}    ${pct(f.top1, f.n)}  ${pct(f.top3, f.n)}${apart}`);
  }
  const apart = total.awaiting > 0 ? `   (+${total.awaiting} awaiting data)` : "";
  console.log(`  ${"all".padEnd(16)} ${String(total.n).padStart(4)}    ${pct(total.top1, total.n)}  ${pct(total.top3, total.n)}    ${pct(totalB.top1, totalB.n)}  ${pct(totalB.top3, totalB.n)}${apart}`);
  return total;
}

function misses(groups: readonly Group[], judge: Judge, rank: Ranker, k: "top1" | "top3") {
  for (const g of groups)
    for (const c of g.cases) {
      const v = judge.judge(c, rank(c.q));
      if (!v.awaiting && !v[k]) console.log(`  ${g.name}: ${c.q} → ${v.first ?? "nothing"} (want ${c.want.join(" | ")})`);
    }
}

const catalog = getCatalog();
const realIndex = buildSearchIndex(catalog);
const realEngine = createSearchEngine(realIndex);
const judge = createJudge(catalog, realIndex);
const fuse = plainFuse(realIndex);
const verbose = process.argv.includes("--misses");

console.log(`search benchmark — ${realEngine.size} entries in the real index`);

const held = table(
  `held-out table (${SEARCH_HELD_OUT.reduce((n, g) => n + g.cases.length, 0)} queries, written before tuning)`,
  SEARCH_HELD_OUT,
  judge,
  ours(realEngine),
  fuse,
);
console.log(`  target: top-3 ≥ ${pct(TARGETS.heldOutTop3, 1)}  ${mark(held.top3 / held.n >= TARGETS.heldOutTop3)}`);
const awaited = SEARCH_HELD_OUT.flatMap((g) => g.cases.filter((c) => judge.awaiting(c)));
if (awaited.length > 0) console.log(`  awaiting data (not counted): ${awaited.map((c) => c.q).join(", ")}`);
if (verbose) {
  console.log("  not in the top 3:");
  misses(SEARCH_HELD_OUT, judge, ours(realEngine), "top3");
}

const gold = table(
  `golden table (${SEARCH_GOLDEN_GROUPS.reduce((n, g) => n + g.cases.length, 0)} queries, tuned on)`,
  SEARCH_GOLDEN_GROUPS,
  judge,
  ours(realEngine),
  fuse,
);
console.log(`  target: top-1 ≥ ${pct(TARGETS.top1, 1)} ${mark(gold.top1 / gold.n >= TARGETS.top1)}, top-3 = ${pct(TARGETS.top3, 1)} ${mark(gold.top3 === gold.n)}`);
misses(SEARCH_GOLDEN_GROUPS, judge, ours(realEngine), verbose ? "top1" : "top3");

const queries = [...SEARCH_HELD_OUT, ...SEARCH_GOLDEN_GROUPS].flatMap((g) => g.cases.map((c) => c.q));
const real = latency(realEngine, queries, 20);
const synSource = syntheticSource(catalog, 10_000);
const synEngine = createSearchEngine(buildSearchIndex(synSource));
const syn = latency(synEngine, queries, 2);
console.log("\nlatency per query (Node)        p50          p99        target p99");
console.log(`  real catalog (${String(realEngine.size).padStart(5)})   ${ms(real.p50).padStart(10)}   ${ms(real.p99).padStart(10)}   ≤ ${ms(TARGETS.p99RealMs)}  ${mark(real.p99 <= TARGETS.p99RealMs)}  (${real.n} runs)`);
console.log(`  synthetic    (${String(synEngine.size).padStart(5)})   ${ms(syn.p50).padStart(10)}   ${ms(syn.p99).padStart(10)}   ≤ ${ms(TARGETS.p99SyntheticMs)} ${mark(syn.p99 <= TARGETS.p99SyntheticMs)}  (${syn.n} runs)`);
console.log(`\nindex size: ${(JSON.stringify(realIndex).length / 1024).toFixed(0)} KiB JSON (real)`);
