import { answer, answerIds, CODE_ALIAS, codeAnswerId, type Index, indexOf, initial, ISSUER_KEY, remainingFrom, RESULT, screenOf, type State } from "./machine";
import type { AnsweredStep, Resolved, Screen, WizardData } from "./types";

/** Turns the alias code/{service}/{slug}/… into the canonical answers, or returns the segments unchanged. */
function canonical(data: WizardData, idx: Index, segments: readonly string[]): string[] | undefined {
  if (segments[0] !== CODE_ALIAS) return [...segments];
  const [, service, slug, ...rest] = segments;
  if (service === undefined || slug === undefined) return undefined;
  const prefix = codePath(data, `${service}/${slug}`);
  return prefix ? [...prefix, ...rest] : undefined;
}

/** The answers that lead from the start to a code being chosen, or undefined if it cannot be reached. */
export function codePath(data: WizardData, codeKey: string): string[] | undefined {
  const idx = indexOf(data);
  const code = idx.codes.get(codeKey);
  const target = code ? idx.cover.get(code.service) : undefined;
  const targetNode = target ? idx.nodes.get(target) : undefined;
  if (!code || !targetNode || targetNode.kind !== "pick-code") return undefined;
  // Breadth-first over hand-written nodes, so the shortest way in is used.
  const queue: { id: string; path: string[] }[] = [{ id: data.wizard.start, path: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { id, path } = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (id === targetNode.id) return [...path, codeAnswerId(targetNode, code)];
    for (const o of idx.nodes.get(id)?.options ?? []) if (o.next) queue.push({ id: o.next, path: [...path, o.id] });
  }
  return undefined;
}

/**
 * Replays the answers in the URL. Returns undefined for anything that is not a real path (an unknown or
 * impossible answer, or answers after the diagnosis), which pages turn into a kind 404.
 */
export function resolveAnswers(data: WizardData, segments: readonly string[]): Resolved | undefined {
  const idx = indexOf(data);
  const path = canonical(data, idx, segments);
  if (!path) return undefined;
  let state = initial(data);
  const steps: AnsweredStep[] = [];
  for (let i = 0; i < path.length; i++) {
    const screen = screenOf(data, idx, state);
    if (screen.kind !== "question") return undefined;
    const id = path[i]!;
    // The card company itself is in the fragment, which the server never sees; the page shows it by CSS.
    const chosen =
      screen.key === ISSUER_KEY
        ? id === RESULT
          ? { id, label: "", escape: false }
          : undefined
        : [...screen.codeGroups.flatMap((g) => g.options), ...screen.options].find((o) => o.id === id);
    const next = chosen ? answer(data, idx, state, id) : undefined;
    if (!chosen || !next) return undefined;
    steps.push({ screen, answer: chosen, path: path.slice(0, i) });
    state = next;
  }
  return { path, steps, screen: screenOf(data, idx, state), remaining: remainingFrom(data, idx, state) };
}

/**
 * Every answer path a person can reach, the start ([]) included, depth-first. Stops descending past
 * `maxDepth` answers so a broken graph cannot loop forever (the validator reports such paths).
 */
export function* walkPaths(data: WizardData, maxDepth = 12): Generator<{ path: string[]; screen: Screen }> {
  const idx = indexOf(data);
  function* visit(state: State, path: string[]): Generator<{ path: string[]; screen: Screen }> {
    const screen = screenOf(data, idx, state);
    yield { path, screen };
    if (screen.kind !== "question" || path.length >= maxDepth) return;
    for (const id of answerIds(screen)) {
      const next = answer(data, idx, state, id);
      if (next) yield* visit(next, [...path, id]);
    }
  }
  yield* visit(initial(data), []);
}

