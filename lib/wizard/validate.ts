import type { CatalogProblem } from "../catalog/problem";
import type { Catalog } from "../catalog/schema/catalog";
import type { Wizard, WizardNode } from "../catalog/schema/wizard";
import { isSlug } from "../catalog/slug";
import { CODE_ALIAS, coverMap } from "./machine";
import { walkPaths } from "./paths";

/** The most questions a person may be asked before the diagnosis (the card company included). */
export const MAX_QUESTIONS = 8;

/**
 * Checks the wizard's question graph against the catalog: every reference resolves, every node is
 * reachable and has a way out for 「どれにも当てはまらない」, there are no cycles, every code can be
 * chosen, and every path reaches a diagnosis within MAX_QUESTIONS answers. Pure; names file, entry, field.
 */
export function validateWizard(catalog: Catalog): CatalogProblem[] {
  const wizard = catalog.wizard;
  if (!wizard) return [];
  const file = catalog.origins["wizard:(file)"] ?? "wizard.json";
  const problems: CatalogProblem[] = [];
  const report = (entry: string, field: string, message: string) => problems.push({ file, entry, field, message });

  const rejected = (kind: string) => catalog.rejected.filter((r) => r.startsWith(`${kind}:`)).map((r) => r.slice(kind.length + 1));
  const causeIds = new Set([...catalog.causes.map((c) => c.id), ...rejected("cause")]);
  const serviceIds = new Set([...catalog.services.map((s) => s.id), ...rejected("service")]);
  const nodeIds = new Set([...wizard.nodes.map((n) => n.id), ...rejected("wizard-node")]);
  const checkCause = (entry: string, field: string, id: string) => {
    if (!causeIds.has(id)) report(entry, field, `原因「${id}」が causes/ にありません`);
  };
  const checkIds = (entry: string, field: string, ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!isSlug(id)) report(entry, `${field}[${i}].id`, `${what}「${id}」は URL に入るので a-z・0-9・ハイフンだけで書いてください`);
      if (seen.has(id)) report(entry, `${field}[${i}].id`, `${what}「${id}」が重複しています`);
      seen.add(id);
    });
  };

  checkIds("(file)", "nodes", wizard.nodes.map((n) => n.id), "質問の id");
  checkIds("(file)", "questions", wizard.questions.map((q) => q.id), "質問の id");
  if (!nodeIds.has(wizard.start)) report("(file)", "start", `最初の質問「${wizard.start}」が nodes にありません`);

  for (const node of wizard.nodes) {
    checkIds(node.id, "options", node.options.map((o) => o.id), "答えの id");
    if (!node.options.some((o) => o.escape)) {
      report(node.id, "options", "「どれにも当てはまらない」「わからない」の答え（escape: true）がありません");
    }
    node.options.forEach((o, i) => {
      if ((o.next === undefined) === (o.outcome === undefined)) {
        report(node.id, `options[${i}]`, "next（次の質問）と outcome（原因）のどちらか一方だけを書いてください");
      }
      if (o.next !== undefined && !nodeIds.has(o.next)) report(node.id, `options[${i}].next`, `次の質問「${o.next}」が nodes にありません`);
      o.outcome?.forEach((c, j) => checkCause(node.id, `options[${i}].outcome[${j}].cause`, c.cause));
      if (node.id === wizard.start && o.id === CODE_ALIAS) {
        report(node.id, `options[${i}].id`, `「${CODE_ALIAS}」はコードから始める URL に使うので、最初の質問の答えには使えません`);
      }
    });
    if (node.kind === "pick-code") {
      node.services.forEach((s, i) => {
        if (!serviceIds.has(s)) report(node.id, `services[${i}]`, `サービス「${s}」が services.json にありません`);
      });
      if (node.services.length === 0 && node.kinds.length === 0) report(node.id, "services", "services か kinds で、どのサービスのコードを並べるかを書いてください");
    }
  }

  for (const q of wizard.questions) {
    checkIds(q.id, "options", q.options.map((o) => o.id), "答えの id");
    q.for.forEach((c, i) => checkCause(q.id, `for[${i}]`, c));
    q.options.forEach((o, i) => o.effects.forEach((e, j) => checkCause(q.id, `options[${i}].effects[${j}].cause`, e.cause)));
    if (!q.options.some((o) => o.escape && o.effects.length === 0)) {
      report(q.id, "options", "「わからない」の答え（escape: true、effects なし）がありません");
    }
  }

  graphProblems(wizard, report);
  codeProblems(catalog, wizard, report);

  // Paths are walked only on a sound graph, so one broken reference is not reported a hundred times.
  if (problems.length === 0) pathProblems(catalog, wizard, report);
  return problems;
}

type Report = (entry: string, field: string, message: string) => void;

/** No cycles among the hand-written nodes, and every node reachable from the start. */
function graphProblems(wizard: Wizard, report: Report): void {
  const byId = new Map(wizard.nodes.map((n) => [n.id, n]));
  const state = new Map<string, "open" | "done">();
  const visit = (node: WizardNode, trail: string[]) => {
    state.set(node.id, "open");
    node.options.forEach((o, i) => {
      const next = o.next !== undefined ? byId.get(o.next) : undefined;
      if (!next) return;
      if (state.get(next.id) === "open") {
        report(node.id, `options[${i}].next`, `質問が輪になっています: ${[...trail, node.id, next.id].join(" → ")}`);
      } else if (!state.has(next.id)) visit(next, [...trail, node.id]);
    });
    state.set(node.id, "done");
  };
  const start = byId.get(wizard.start);
  if (start) visit(start, []);
  for (const node of wizard.nodes) {
    if (!state.has(node.id)) report(node.id, "id", `質問「${node.id}」には、最初の質問からたどり着けません`);
  }
}

/** Every code can be chosen: its service is covered by a pick-code node, and its answer id is free. */
function codeProblems(catalog: Catalog, wizard: Wizard, report: Report): void {
  const cover = coverMap({ wizard, services: catalog.services });
  const kindOf = new Map(catalog.services.map((s) => [s.id, s.kind]));
  const nodes = new Map(wizard.nodes.map((n) => [n.id, n]));
  for (const code of catalog.codes) {
    const kind = kindOf.get(code.service);
    if (kind === undefined) continue; // the unknown service is already reported on the code
    const nodeId = cover.get(code.service);
    if (nodeId === undefined) {
      report("(file)", "nodes", `コード「${code.key}」を選べる質問がありません。サービス「${code.service}」（種類 ${kind}）を services か kinds に含む pick-code の質問を置いてください`);
      continue;
    }
    const node = nodes.get(nodeId);
    const clash = node?.options.findIndex((o) => o.id === code.slug || o.id === `${code.service}--${code.slug}`) ?? -1;
    if (clash >= 0) report(nodeId, `options[${clash}].id`, `答えの id がコード「${code.key}」と同じです。別の id にしてください`);
  }
}

/** Every path reaches a diagnosis within MAX_QUESTIONS answers (checked by replaying the real engine). */
function pathProblems(catalog: Catalog, wizard: Wizard, report: Report): void {
  const data = { wizard, services: catalog.services, codes: catalog.codes, causes: catalog.causes, issuers: catalog.issuers };
  const reported = new Set<string>();
  for (const { path, screen } of walkPaths(data, MAX_QUESTIONS)) {
    if (screen.kind === "question" && path.length >= MAX_QUESTIONS && !reported.has(screen.key)) {
      reported.add(screen.key);
      const entry = screen.key.replace(/^(node|question):/, "");
      report(entry, "(path)", `${MAX_QUESTIONS} 問を超えても診断に着かない道があります: /${path.join("/")}`);
    }
  }
}
