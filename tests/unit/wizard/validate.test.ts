import { describe, expect, it } from "vitest";
import { parseCatalogFiles } from "@/lib/catalog/parse";
import { formatProblem, type CatalogProblem } from "@/lib/catalog/problem";
import { validateCatalog } from "@/lib/catalog/validate";
import { minimalCatalogWithWizard } from "../fixtures/minimal-wizard";

type Fixture = ReturnType<typeof minimalCatalogWithWizard>;

function check(mutate: (f: Fixture) => void = () => {}): CatalogProblem[] {
  const fx = minimalCatalogWithWizard();
  mutate(fx);
  const { catalog, problems } = parseCatalogFiles(fx.toRaw());
  return [...problems, ...validateCatalog(catalog)];
}

const node = (f: Fixture, i: number) => f.wizard.nodes[i]!;

describe("the wizard rules of the validator, on broken fixtures", () => {
  it("accepts the minimal wizard", () => {
    expect(check()).toEqual([]);
  });

  it("names file, node and field for a next question that does not exist", () => {
    const problems = check((f) => {
      node(f, 0).options[0]!.next = "ghost";
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: "wizard.json", entry: "where", field: "options[0].next" }),
      // the pick-code node is now unreachable, so svc's codes are too
      expect.objectContaining({ entry: "pick", field: "id" }),
    ]);
    expect(formatProblem(problems[0]!)).toContain("data/wizard.json › where › options[0].next");
  });

  it("reports a missing start", () => {
    expect(check((f) => (f.wizard.start = "nowhere"))).toContainEqual(
      expect.objectContaining({ entry: "(file)", field: "start" }),
    );
  });

  it("reports an outcome pointing at a missing cause", () => {
    const problems = check((f) => {
      (node(f, 1).options[0]!.outcome as { cause: string }[])[0]!.cause = "no-such-cause";
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "pick", field: "options[0].outcome[0].cause" })]);
  });

  it("reports a cause question about a missing cause, and an effect on one", () => {
    const problems = check((f) => {
      const q = f.wizard.questions[0] as { for: string[]; options: { effects?: { cause: string }[] }[] };
      q.for = ["ghost-cause"];
      q.options[0]!.effects![0]!.cause = "other-ghost";
    });
    expect(problems.map((p) => `${p.entry}:${p.field}`)).toEqual(["q:for[0]", "q:options[0].effects[0].cause"]);
  });

  it("reports a pick-code node naming a missing service", () => {
    const problems = check((f) => {
      (node(f, 1).services as string[]).push("ghost");
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "pick", field: "services[1]" })]);
  });

  it("reports a node nobody can reach", () => {
    const problems = check((f) => {
      f.wizard.nodes.push({ ...structuredClone(node(f, 1)), id: "orphan", services: [], kinds: ["transit"] });
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "orphan", field: "id" })]);
    expect(problems[0]!.message).toContain("たどり着けません");
  });

  it("reports a cycle", () => {
    const problems = check((f) => {
      node(f, 1).options.push({ id: "loop", label: "戻る", next: "where" });
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "pick", field: "options[1].next" })]);
    expect(problems[0]!.message).toContain("where → pick → where");
  });

  it("requires a 「どれにも当てはまらない」 answer on every node and question", () => {
    const problems = check((f) => {
      node(f, 1).options[0]!.escape = false;
      const q = f.wizard.questions[0] as { options: { escape?: boolean }[] };
      q.options[1]!.escape = false;
    });
    expect(problems.map((p) => `${p.entry}:${p.field}`)).toEqual(["pick:options", "q:options"]);
  });

  it("requires an answer to have exactly one of next and outcome", () => {
    const problems = check((f) => {
      delete node(f, 1).options[0]!.outcome;
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "pick", field: "options[0]" })]);
  });

  it("reports codes no question offers", () => {
    const problems = check((f) => {
      node(f, 1).services = [];
      node(f, 1).kinds = ["transit"]; // svc is a wallet
    });
    expect(problems.map((p) => `${p.entry}:${p.field}`)).toEqual(["(file):nodes", "(file):nodes"]);
    expect(problems[0]!.message).toContain("svc/c1");
  });

  it("reports an answer id that collides with a code", () => {
    const problems = check((f) => {
      node(f, 1).options[0]!.id = "c1";
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "pick", field: "options[0].id" })]);
  });

  it("reports answer ids that cannot go in a URL, and duplicates", () => {
    const problems = check((f) => {
      node(f, 0).options[1]!.id = "Svc";
      node(f, 0).options.push({ ...node(f, 0).options[0]! });
    });
    expect(problems.map((p) => `${p.entry}:${p.field}`)).toEqual(["where:options[1].id", "where:options[2].id"]);
  });

  it("reports paths longer than 8 questions", () => {
    const problems = check((f) => {
      // A chain of nine choices before the code question.
      const chain = Array.from({ length: 9 }, (_, i) => ({
        id: `n${i}`,
        kind: "choice",
        title: "段",
        question: "次へ？",
        options: [
          { id: "go", label: "進む", next: i === 8 ? "pick" : `n${i + 1}` },
          { id: "x", label: "わからない", escape: true, outcome: [{ cause: "cause-a", likelihood: "low" }] },
        ],
      }));
      node(f, 0).options[0]!.next = "n0";
      f.wizard.nodes.push(...chain);
    });
    expect(problems).toEqual([expect.objectContaining({ file: "wizard.json", field: "(path)" })]);
    expect(problems[0]!.message).toContain("8 問");
  });

  it("reports a node of the wrong shape with its id", () => {
    const problems = check((f) => {
      node(f, 1).kind = "free-text";
    });
    expect(problems[0]).toEqual(expect.objectContaining({ file: "wizard.json", entry: "pick", field: "kind" }));
  });
});
