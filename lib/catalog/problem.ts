/** One thing wrong with the catalog, precise enough for an editor to find and fix it. */
export type CatalogProblem = {
  /** Path under data/, e.g. "codes/au-pay.json". */
  file: string;
  /** The entry's id ("au-pay/er323" for codes), or "(file)" when the file itself is wrong. */
  entry: string;
  /** Dotted path inside the entry, e.g. "causes[0].cause". */
  field: string;
  message: string;
};

export function formatProblem(p: CatalogProblem): string {
  return `data/${p.file} › ${p.entry} › ${p.field}: ${p.message}`;
}

export function formatProblems(problems: readonly CatalogProblem[]): string {
  return problems.map(formatProblem).join("\n");
}

/** Thrown by the gateway so `next build` stops with every problem listed. */
export class CatalogError extends Error {
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(`カタログのデータに ${problems.length} 件の問題があります:\n${formatProblems(problems)}`);
    this.name = "CatalogError";
  }
}
