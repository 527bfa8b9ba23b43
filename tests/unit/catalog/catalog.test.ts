import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { DATA_DIR, getCause, getCode, getIssuer, listBrands, listIssuers, loadCatalog } from "@/lib/catalog";
import { parseCatalogFiles } from "@/lib/catalog/parse";
import { formatProblems } from "@/lib/catalog/problem";
import { readCatalogDir } from "@/lib/catalog/read";
import { validateCatalog } from "@/lib/catalog/validate";

describe("the real catalog", () => {
  it("has no problems", () => {
    const { catalog, problems } = parseCatalogFiles(readCatalogDir(DATA_DIR));
    // Compared as text so a failure prints every file, entry and field at once.
    expect(formatProblems([...problems, ...validateCatalog(catalog)])).toBe("");
  });

  it("never shows a password-lock unlock route under a fraud stop, or the other way round", () => {
    // A 3-D Secure lock (wrong passwords) and a fraud stop are different routes at most companies: the
    // fraud-hold cause asks for the fraud route only, and no company's fraud route talks of passwords.
    const partsOf = (id: string) => getCause(id)?.steps.map((s) => s.issuerPart).filter(Boolean);
    expect(partsOf("issuer-fraud-hold")).toContain("fraud-unlock");
    expect(partsOf("issuer-fraud-hold")).not.toContain("unlock");
    expect(getIssuer("saison")?.unlock?.text).toContain("パスワード");
    expect(getIssuer("view")?.fraudUnlock?.text).toContain("不正利用");
    for (const issuer of listIssuers()) {
      expect(issuer.fraudUnlock?.text ?? "", issuer.id).not.toMatch(/パスワードを(何度も)?間違え/);
    }
  });

  it("holds the first slice of codes", () => {
    for (const [service, slug] of [
      ["nanaco", "pgse37"],
      ["au-pay", "er321"],
      ["au-pay", "er322"],
      ["au-pay", "er323"],
      ["au-pay", "er324"],
      ["au-pay", "er325"],
    ] as const) {
      expect(getCode(service, slug), `${service}/${slug}`).toBeDefined();
    }
  });

  it("says plainly that ER324's meaning is unpublished", () => {
    const er324 = getCode("au-pay", "er324");
    expect(er324?.meaning).toBe("unknown");
    expect(er324?.meaningNote).toMatch(/見つかっていません|公表/);
    expect(er324?.causes.length).toBeGreaterThan(0);
  });

  it("lists the 19 card companies of seed 001 plus JCB and PayPay Bank, and the 5 brands, with their 3-D Secure pages", () => {
    expect(listIssuers()).toHaveLength(21);
    expect(listBrands().map((b) => b.programme)).toEqual([
      "Visa Secure",
      "Mastercard ID Check",
      "J/Secure",
      "American Express SafeKey",
      "ProtectBuy",
    ]);
    expect(getIssuer("saison")?.threeDSecure.url).toBe("https://www.saisoncard.co.jp/service/3d-secure/");
    expect(getIssuer("rakuten")?.threeDSecure.url).toBe("https://www.rakuten-card.co.jp/security/3d-secure/");
    expect(getIssuer("uc")?.threeDSecure.datedNote).toBeDefined();
  });
});

describe("gateway codes", () => {
  it("knows the forms people see a GMO-PG code in", () => {
    const code = getCode("gmo-pg", "42g300000");
    expect(code?.aliases).toEqual(
      expect.arrayContaining(["G30-42G300000", "G30:42G300000", "【42G300000】", "【G30】42G300000", "エラー詳細コード : 42G300000"]),
    );
    expect(code?.causes[0]?.cause).toBe("issuer-fraud-hold");
  });

  it("does not pin 42G220000 or 42G560000 to a specific cause (sources conflict)", () => {
    for (const slug of ["42g220000", "42g560000"]) {
      const code = getCode("gmo-pg", slug);
      expect(code?.meaning, slug).toBe("uncertain");
      expect(code?.causes.map((c) => c.cause), slug).toEqual(["issuer-declined-unspecified"]);
    }
  });

  it("has JCB as a card company with its J/Secure method", () => {
    expect(getIssuer("jcb")?.passwordName?.text).toMatch(/MyJCB/);
  });
});

describe("the build check", () => {
  it("fails on a dangling cause, naming the entry", () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "codes", "au-pay.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"cause": "threeds-not-enrolled"', '"cause": "no-such-cause"'));
    expect(() => loadCatalog(dir)).toThrow(/au-pay\/er321 › causes\[0\]\.cause/);

    const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/check-catalog.ts"], {
      env: { ...process.env, CATALOG_DATA_DIR: dir },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("data/codes/au-pay.json › au-pay/er321 › causes[0].cause");
  });

  it("fails the build when an entry lacks English, naming the English file, entry and field", () => {
    const dir = mkdtempSync(join(tmpdir(), "catalog-en-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(DATA_DIR, dir, { recursive: true });
    expect(() => loadCatalog(dir)).not.toThrow();
    const file = join(dir, "en", "causes", "nanaco.json");
    const twin = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, Record<string, string>> };
    const [id, fields] = Object.entries(twin.entries)[0]!;
    delete fields.title;
    writeFileSync(file, JSON.stringify(twin));
    expect(() => loadCatalog(dir)).toThrow(`data/en/causes/nanaco.json › ${id} › title`);
  });
});
