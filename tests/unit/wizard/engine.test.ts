import { describe, expect, it } from "vitest";
import { getCause, getWizardData, listCodes } from "@/lib/catalog";
import { diagnoseHref } from "@/lib/web/links";
import { codePath, type DiagnosisScreen, ISSUER_KEY, RESULT, resolveAnswers, walkPaths } from "@/lib/wizard";
import { MAX_QUESTIONS } from "@/lib/wizard/validate";

const data = getWizardData();

function diagnosisAt(path: string[]): DiagnosisScreen {
  const r = resolveAnswers(data, path);
  if (!r || r.screen.kind !== "diagnosis") throw new Error(`no diagnosis at /${path.join("/")}`);
  return r.screen;
}

describe("every path of the real wizard graph", () => {
  const all = [...walkPaths(data, MAX_QUESTIONS + 4)];
  const diagnoses = all.filter((p) => p.screen.kind === "diagnosis");

  it("ends in a diagnosis within 8 questions, never repeating a question", () => {
    for (const { path, screen } of all) {
      expect(path.length, `/${path.join("/")}`).toBeLessThanOrEqual(MAX_QUESTIONS);
      if (screen.kind === "question") {
        // a question screen always has a way on
        expect(screen.options.length + screen.codeGroups.length).toBeGreaterThan(0);
      }
    }
    // Replaying each path shows each question once: no cycle.
    for (const { path } of diagnoses) {
      const keys = resolveAnswers(data, path)!.steps.map((s) => s.screen.key);
      expect(new Set(keys).size, `/${path.join("/")}`).toBe(keys.length);
    }
    console.info(`wizard: ${all.length} steps, ${diagnoses.length} diagnoses`);
    expect(all.length).toBeLessThan(3000); // each step is a prerendered page
  });

  it("gives every diagnosis causes with non-empty steps", () => {
    for (const { path, screen } of diagnoses) {
      const d = screen as DiagnosisScreen;
      expect(d.candidates.length, `/${path.join("/")}`).toBeGreaterThan(0);
      for (const c of d.candidates) expect(getCause(c.cause)?.steps.length ?? 0, c.cause).toBeGreaterThan(0);
    }
  });

  it("reaches every code in the catalog, also from its code-page link", () => {
    const chosen = new Set(diagnoses.map((d) => (d.screen as DiagnosisScreen).code));
    for (const code of listCodes()) {
      expect(chosen.has(code.key), code.key).toBe(true);
      const alias = diagnoseHref(code.key).split("/").slice(2);
      const r = resolveAnswers(data, alias);
      expect(r?.path, code.key).toEqual(codePath(data, code.key));
    }
  });

  it("reloads each step to the same screen (resolving is deterministic)", () => {
    for (const { path, screen } of all.slice(0, 300)) expect(resolveAnswers(data, path)?.screen).toEqual(screen);
  });
});

describe("the stories of issue 6, as answers", () => {
  it("nanaco PGSE37, not enrolled in 3-D Secure: enrol, then retry", () => {
    const r = resolveAnswers(data, ["nanaco", "pgse37", "no"]);
    expect(r?.screen.key).toBe(ISSUER_KEY);
    const d = diagnosisAt(["nanaco", "pgse37", "no", RESULT]);
    expect(d.candidates[0]!.cause).toBe("threeds-not-enrolled");
    expect(d.sureness).toBe("sure");
  });

  it("au PAY ER323 after wrong passwords: the password lock comes first", () => {
    expect(diagnosisAt(["au-pay", "er323", "yes", RESULT]).candidates[0]!.cause).toBe("threeds-password-lock");
  });

  it("au PAY ER323, password right, unusual use: the fraud hold comes first, the lock last", () => {
    const d = diagnosisAt(["au-pay", "er323", "no", "many-or-large", RESULT]);
    expect(d.candidates[0]!.cause).toBe("issuer-fraud-hold");
    expect(d.candidates.at(-1)).toEqual(expect.objectContaining({ cause: "threeds-password-lock", lowered: true }));
  });

  it("a web form's 3-D Secure 2.0 failure", () => {
    expect(diagnosisAt(["web", "no-code", "3ds-failed", RESULT]).candidates[0]!.cause).toBe("threeds2-failed-web-payment");
  });

  it("「どれにも当てはまらない」 ends in the general checks, marked unclear", () => {
    const d = diagnosisAt(["other", "none", RESULT]);
    expect(d.candidates.map((c) => c.cause)).toEqual(["card-payment-general-checks"]);
    expect(d.sureness).toBe("unclear");
  });
});

describe("tampered answers", () => {
  it.each([
    [["nope"]],
    [["nanaco", "er323"]],
    [["nanaco", "pgse37", "no", "saison"]],
    [["nanaco", "pgse37", "no", RESULT, "more"]],
    [["code", "nanaco"]],
    [["code", "nanaco", "nope"]],
  ])("/%s resolves to nothing (a 404)", (path) => {
    expect(resolveAnswers(data, path)).toBeUndefined();
  });
});
