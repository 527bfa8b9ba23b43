/**
 * `npm run bench:search`: accuracy and speed of search, printed (never asserted in a timed test).
 *  - top-1 / top-3 accuracy on the golden table (tests/unit/fixtures/search-golden.ts), ours next to a
 *    plain Fuse.js with default options over code and title;
 *  - per-query latency p50 / p99 in Node on the real catalog and on a synthetic 10,000-entry catalog.
 */
import Fuse from "fuse.js";
import { getCatalog } from "../lib/catalog";
import { buildSearchIndex, type IndexSource } from "../lib/search/build-index";
import { createSearchEngine, type SearchEngine } from "../lib/search/engine";
import type { SearchIndex } from "../lib/search/types";
import { SEARCH_GOLDEN } from "../tests/unit/fixtures/search-golden";

const TARGETS = { top1: 0.95, top3: 1, p99RealMs: 1, p99SyntheticMs: 10 };

type Ranker = (q: string) => string[];

function accuracy(rank: Ranker): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const g of SEARCH_GOLDEN) {
    const ids = rank(g.q).slice(0, 3);
    if (ids[0] === g.expect) top1++;
    if (ids.includes(g.expect)) top3++;
  }
  return { top1: top1 / SEARCH_GOLDEN.length, top3: top3 / SEARCH_GOLDEN.length };
}

/** The baseline: Fuse.js as it comes, over each entry's code (or name) and title. */
function plainFuse(index: SearchIndex): Ranker {
  const items = index.docs.map((d) => ({
    id: `${d.kind}:${d.id}`,
    code: d.kind === "code" ? d.label : "",
    title: d.kind === "code" ? d.detail : d.label,
  }));
  const fuse = new Fuse(items, { keys: ["code", "title"] });
  return (q) => fuse.search(q, { limit: 3 }).map((r) => r.item.id);
}

const ours = (engine: SearchEngine): Ranker => (q) => engine.search(q, 3).results.map((r) => `${r.kind}:${r.id}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Every golden query, many rounds, each timed alone. */
function latency(engine: SearchEngine, rounds: number): { p50: number; p99: number; n: number } {
  for (const g of SEARCH_GOLDEN) engine.search(g.q); // warm up (JIT, fuse.js built lazily)
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const g of SEARCH_GOLDEN) {
      const t = performance.now();
      engine.search(g.q);
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

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const mark = (ok: boolean) => (ok ? "ok  " : "MISS");

const catalog = getCatalog();
const realIndex = buildSearchIndex(catalog);
const realEngine = createSearchEngine(realIndex);
const ourAcc = accuracy(ours(realEngine));
const fuseAcc = accuracy(plainFuse(realIndex));

console.log(`search benchmark — ${SEARCH_GOLDEN.length} golden queries, ${realEngine.size} entries in the real index\n`);
console.log("accuracy            ours      plain Fuse.js   target");
console.log(`  top-1          ${pct(ourAcc.top1)}      ${pct(fuseAcc.top1)}       ≥ ${pct(TARGETS.top1)}  ${mark(ourAcc.top1 >= TARGETS.top1)}`);
console.log(`  top-3          ${pct(ourAcc.top3)}      ${pct(fuseAcc.top3)}       = ${pct(TARGETS.top3)}  ${mark(ourAcc.top3 >= TARGETS.top3)}`);

const missed = SEARCH_GOLDEN.filter((g) => ours(realEngine)(g.q)[0] !== g.expect);
for (const g of missed) console.log(`  not first: ${g.q} → ${ours(realEngine)(g.q)[0] ?? "nothing"} (want ${g.expect})`);

const real = latency(realEngine, 40);
const synSource = syntheticSource(catalog, 10_000);
const synIndex = buildSearchIndex(synSource);
const synEngine = createSearchEngine(synIndex);
const syn = latency(synEngine, 3);
console.log("\nlatency per query (Node)        p50          p99        target p99");
console.log(`  real catalog (${String(realEngine.size).padStart(5)})   ${ms(real.p50).padStart(10)}   ${ms(real.p99).padStart(10)}   ≤ ${ms(TARGETS.p99RealMs)}  ${mark(real.p99 <= TARGETS.p99RealMs)}  (${real.n} runs)`);
console.log(`  synthetic    (${String(synEngine.size).padStart(5)})   ${ms(syn.p50).padStart(10)}   ${ms(syn.p99).padStart(10)}   ≤ ${ms(TARGETS.p99SyntheticMs)} ${mark(syn.p99 <= TARGETS.p99SyntheticMs)}  (${syn.n} runs)`);
console.log(`\nindex size: ${(JSON.stringify(realIndex).length / 1024).toFixed(0)} KiB JSON (real)`);
