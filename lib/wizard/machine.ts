import { issuerPartFacts } from "../issuers/part-facts";
import { UI } from "../ui-text";
import { likelyIssuers } from "../issuers/order";
import type { CatalogCode } from "../catalog/schema/catalog";
import type { Cause, IssuerPart } from "../catalog/schema/cause";
import type { Likelihood } from "../catalog/schema/code";
import type { Issuer } from "../catalog/schema/issuer";
import type { Service } from "../catalog/schema/service";
import { type CauseQuestion, type OutcomeCause, type PickCodeNode, type WizardNode, OTHER_ISSUER } from "../catalog/schema/wizard";
import type { Candidate, DiagnosisScreen, QuestionScreen, Screen, Sureness, WizardData } from "./types";

/**
 * The wizard as a pure state machine: the answers so far (URL segments) go in, the screen to show comes
 * out. Pages, the validator and the tests all replay answers through this one machine (see paths.ts), so
 * what the validator proves about paths is what people get.
 */

type Phase = "node" | "questions" | "issuer" | "done";

export type State = {
  phase: Phase;
  node?: string;
  service?: string;
  code?: string;
  candidates: Candidate[];
  asked: string[];
  stopped: boolean;
  escaped: boolean;
  issuerAsked: boolean;
};

export const ISSUER_KEY = "issuer";
const SCORE: Record<Likelihood, number> = { high: 3, medium: 2, low: 1 };
const RAISE = 3;
/**
 * The segment after the card-company question. Every company's answer links to the same result page
 * with the company in the query (?card={id}, which in-page links keep) and in the fragment (#card-{id},
 * which picks that company's parts by CSS :target where JavaScript does not run): one prerendered page
 * per diagnosis instead of one per company.
 */
export const RESULT = "result";
export { ISSUER_QUERY, issuerFragment, issuerFromFragment } from "../web/links";
/** Alias prefix for starting with a code: /diagnose/code/{service}/{slug}. */
export const CODE_ALIAS = "code";
/** Separates service and slug in a code answer on a node that covers several services. */
const KEY_SEP = "--";

export type Index = {
  nodes: Map<string, WizardNode>;
  causes: Map<string, Cause>;
  codes: Map<string, CatalogCode>;
  issuers: Map<string, Issuer>;
  /** service id → pick-code node id covering it. */
  cover: Map<string, string>;
  remainingFromNode: Map<string, number>;
};

const indexes = new WeakMap<WizardData, Index>();

export function indexOf(data: WizardData): Index {
  const hit = indexes.get(data);
  if (hit) return hit;
  const idx: Index = {
    nodes: new Map(data.wizard.nodes.map((n) => [n.id, n])),
    causes: new Map(data.causes.map((c) => [c.id, c])),
    codes: new Map(data.codes.map((c) => [c.key, c])),
    issuers: new Map(data.issuers.map((i) => [i.id, i])),
    cover: coverMap(data),
    remainingFromNode: new Map(),
  };
  indexes.set(data, idx);
  return idx;
}

/** Which pick-code node lists each service's codes: a node naming the service wins over one naming its kind. */
export function coverMap(data: Pick<WizardData, "wizard" | "services">): Map<string, string> {
  const pickers = data.wizard.nodes.filter((n): n is PickCodeNode => n.kind === "pick-code");
  const cover = new Map<string, string>();
  for (const s of data.services) {
    const byId = pickers.find((n) => n.services.includes(s.id));
    const byKind = pickers.find((n) => n.kinds.includes(s.kind));
    const node = byId ?? byKind;
    if (node) cover.set(s.id, node.id);
  }
  return cover;
}

function servicesOf(data: WizardData, idx: Index, node: PickCodeNode): Service[] {
  return data.services.filter((s) => idx.cover.get(s.id) === node.id);
}

export function codeAnswerId(node: PickCodeNode, code: CatalogCode): string {
  const single = node.kinds.length === 0 && node.services.length === 1;
  return single ? code.slug : `${code.service}${KEY_SEP}${code.slug}`;
}

function startCandidates(outcome: readonly OutcomeCause[]): Candidate[] {
  return outcome.map((o) => ({ ...o, score: SCORE[o.likelihood], raised: false, lowered: false }));
}

/**
 * Whether the card company changes what the diagnosis says: some candidate step asks for a part that at
 * least one company has (every company has a 3-D Secure page; few have a sourced unlock, fraud-unlock or contact text).
 * If not, the card-company question is skipped: it would only multiply identical pages.
 */
function issuerMatters(data: WizardData, idx: Index, candidates: readonly Candidate[]): boolean {
  const someoneHas = (part: IssuerPart) => data.issuers.some((i) => issuerPartFacts(part, i).kind !== "unknown");
  return candidates.some(
    (c) => idx.causes.get(c.cause)?.steps.some((s) => s.issuerPart !== undefined && someoneHas(s.issuerPart)) ?? false,
  );
}

/**
 * At most this many cause questions per path: two answers already rank the causes well, and each extra
 * question multiplies the prerendered pages.
 */
export const MAX_CAUSE_QUESTIONS = 2;

function nextQuestion(data: WizardData, state: State): CauseQuestion | undefined {
  if (state.stopped || state.asked.length >= MAX_CAUSE_QUESTIONS) return undefined;
  const open = state.candidates.filter((c) => c.score > 0);
  if (open.length < 2) return undefined;
  return data.wizard.questions.find((q) => !state.asked.includes(q.id) && q.for.some((id) => open.some((c) => c.cause === id)));
}

/** Moves past the cause-question phase when no question is left to ask. */
function settle(data: WizardData, idx: Index, state: State): State {
  if (state.phase === "questions" && nextQuestion(data, state) === undefined) {
    return { ...state, phase: issuerMatters(data, idx, state.candidates) ? "issuer" : "done" };
  }
  return state;
}

export function screenOf(data: WizardData, idx: Index, state: State): Screen {
  if (state.phase === "node") {
    const node = idx.nodes.get(state.node ?? "");
    if (!node) throw new Error(`wizard node ${state.node} is missing`);
    const options = node.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint, escape: o.escape }));
    const codeGroups =
      node.kind === "pick-code"
        ? servicesOf(data, idx, node)
            .map((service) => ({
              service,
              options: data.codes
                .filter((c) => c.service === service.id)
                .map((c) => ({ id: codeAnswerId(node, c), label: `${c.code}${UI.punct.colon}${c.title}`, escape: false })),
            }))
            .filter((g) => g.options.length > 0)
        : [];
    return { kind: "question", key: `node:${node.id}`, title: node.title, question: node.question, hint: node.hint, codeGroups, options };
  }
  if (state.phase === "questions") {
    const q = nextQuestion(data, state);
    if (!q) throw new Error("no cause question left; settle() should have moved on");
    return {
      kind: "question",
      key: `question:${q.id}`,
      title: q.title,
      question: q.question,
      hint: q.hint,
      codeGroups: [],
      options: q.options.map((o) => ({ id: o.id, label: o.label, escape: o.escape })),
    };
  }
  if (state.phase === "issuer") {
    const iq = data.wizard.issuerQuestion;
    // The service's featured companies come first, with their sourced reason after the hint.
    const featured = data.services.find((s) => s.id === state.service)?.featuredIssuers;
    const { likely, rest } = likelyIssuers(data.issuers, featured?.ids);
    return {
      kind: "question",
      key: ISSUER_KEY,
      title: iq.title,
      question: iq.question,
      hint: featured ? `${iq.hint}${featured.reason}` : iq.hint,
      codeGroups: [],
      options: [
        ...likely.map((i) => ({ id: i.id, label: i.names.ja, escape: false, likely: true })),
        ...rest.map((i) => ({ id: i.id, label: i.names.ja, escape: false })),
        { id: OTHER_ISSUER, label: iq.otherLabel, escape: true },
      ],
    };
  }
  return diagnosisOf(idx, state);
}

function diagnosisOf(idx: Index, state: State): DiagnosisScreen {
  // Stable sort: equal scores keep the code's (or outcome's) own order.
  const ranked = [...state.candidates].sort((a, b) => Number(a.lowered) - Number(b.lowered) || b.score - a.score);
  const open = ranked.filter((c) => !c.lowered);
  const [top, second] = open.length > 0 ? open : ranked;
  const meaning = state.code ? idx.codes.get(state.code)?.meaning : undefined;
  let sureness: Sureness;
  if (state.escaped || meaning === "unknown") sureness = "unclear";
  else if (open.length <= 1 || (top && second && top.raised && !second.raised && top.score > second.score)) sureness = "sure";
  else if (top && second && top.score > second.score) sureness = "likely";
  else sureness = "several";
  if (sureness === "sure" && meaning === "uncertain") sureness = "likely";
  return {
    kind: "diagnosis",
    key: "diagnosis",
    service: state.service,
    code: state.code,
    candidates: ranked,
    sureness,
    escaped: state.escaped,
    issuerAsked: state.issuerAsked,
  };
}

/** Applies one answer; undefined when the answer does not exist on this screen. */
export function answer(data: WizardData, idx: Index, state: State, id: string): State | undefined {
  if (state.phase === "node") {
    const node = idx.nodes.get(state.node ?? "");
    if (!node) return undefined;
    const option = node.options.find((o) => o.id === id);
    if (option) {
      const escaped = state.escaped || option.escape;
      if (option.next !== undefined) return { ...state, node: option.next, escaped };
      if (option.outcome !== undefined) {
        return settle(data, idx, { ...state, phase: "questions", node: undefined, candidates: startCandidates(option.outcome), escaped });
      }
      return undefined;
    }
    if (node.kind === "pick-code") {
      const code = servicesOf(data, idx, node)
        .flatMap((s) => data.codes.filter((c) => c.service === s.id))
        .find((c) => codeAnswerId(node, c) === id);
      if (!code) return undefined;
      return settle(data, idx, {
        ...state,
        phase: "questions",
        node: undefined,
        service: code.service,
        code: code.key,
        candidates: startCandidates(code.causes),
      });
    }
    return undefined;
  }
  if (state.phase === "questions") {
    const q = nextQuestion(data, state);
    const option = q?.options.find((o) => o.id === id);
    if (!q || !option) return undefined;
    const candidates = state.candidates.map((c) => {
      let next = c;
      for (const e of option.effects) {
        if (e.cause !== c.cause) continue;
        next =
          e.effect === "raise"
            ? { ...next, score: next.score + RAISE, raised: true, lowered: false }
            : { ...next, score: 0, lowered: true, raised: false };
      }
      return next;
    });
    return settle(data, idx, {
      ...state,
      candidates,
      asked: [...state.asked, q.id],
      stopped: state.stopped || option.stop,
      escaped: state.escaped,
    });
  }
  if (state.phase === "issuer") {
    return id === RESULT ? { ...state, phase: "done", issuerAsked: true } : undefined;
  }
  return undefined;
}

/** The path segments that answer a screen: its options, except the card-company question, answered by RESULT. */
export function answerIds(screen: QuestionScreen): string[] {
  if (screen.key === ISSUER_KEY) return [RESULT];
  return [...screen.codeGroups.flatMap((g) => g.options), ...screen.options].map((o) => o.id);
}

export function initial(data: WizardData): State {
  return { phase: "node", node: data.wizard.start, candidates: [], asked: [], stopped: false, escaped: false, issuerAsked: false };
}

/** The most questions left from a state: pick-code and choice nodes branch, cause questions branch, the card-company question is one more. */
export function remainingFrom(data: WizardData, idx: Index, state: State, depth = 0): number {
  if (depth > 20) return 0; // a cycle; the validator reports it
  if (state.phase === "done") return 0;
  if (state.phase === "issuer") return 1;
  if (state.phase === "node" && state.node !== undefined) {
    const memo = idx.remainingFromNode.get(state.node);
    if (memo !== undefined) return memo;
  }
  const screen = screenOf(data, idx, state);
  if (screen.kind !== "question") return 0;
  let best = 0;
  for (const id of answerIds(screen)) {
    const next = answer(data, idx, state, id);
    if (next) best = Math.max(best, remainingFrom(data, idx, next, depth + 1));
  }
  const result = 1 + best;
  if (state.phase === "node" && state.node !== undefined) idx.remainingFromNode.set(state.node, result);
  return result;
}
