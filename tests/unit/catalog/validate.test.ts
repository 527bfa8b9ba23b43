import { describe, expect, it } from "vitest";
import { parseCatalogFiles, type RawFile } from "@/lib/catalog/parse";
import { formatProblem, type CatalogProblem } from "@/lib/catalog/problem";
import { validateCatalog } from "@/lib/catalog/validate";
import { minimalCatalogFiles } from "../fixtures/minimal-catalog";

function problemsOf(raw: RawFile[]): CatalogProblem[] {
  const { catalog, problems } = parseCatalogFiles(raw);
  return [...problems, ...validateCatalog(catalog)];
}

function check(mutate: (f: ReturnType<typeof minimalCatalogFiles>["files"]) => void): CatalogProblem[] {
  const fx = minimalCatalogFiles();
  mutate(fx.files);
  return problemsOf(fx.toRaw());
}

describe("validateCatalog on broken fixtures", () => {
  it("accepts the minimal fixture", () => {
    expect(problemsOf(minimalCatalogFiles().toRaw())).toEqual([]);
  });

  it("names file, entry and field for a code pointing at a missing cause", () => {
    const problems = check((f) => {
      f["codes/svc.json"].codes[0]!.causes[0]!.cause = "no-such-cause";
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: "codes/svc.json", entry: "svc/c1", field: "causes[0].cause" }),
    ]);
    expect(formatProblem(problems[0]!)).toContain("data/codes/svc.json › svc/c1 › causes[0].cause");
    expect(problems[0]!.message).toContain("no-such-cause");
  });

  it("reports a dangling related code", () => {
    const problems = check((f) => {
      f["codes/svc.json"].codes[0]!.related = ["svc/zzz"];
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "svc/c1", field: "related[0]" })]);
  });

  it("reports a dangling source reference", () => {
    const problems = check((f) => {
      f["causes/base.json"].causes[0]!.sources = ["missing-src"];
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: "causes/base.json", entry: "cause-a", field: "sources[0]" }),
    ]);
  });

  it("reports a dangling brand on a card company", () => {
    const problems = check((f) => {
      f["issuers.json"].issuers[0]!.brands = ["nobrand"];
    });
    expect(problems).toEqual([expect.objectContaining({ file: "issuers.json", entry: "iss", field: "brands[0]" })]);
  });

  it("reports a featured card company that does not exist, and an unsourced reason", () => {
    const problems = check((f) => {
      Object.assign(f["services.json"].services[0]!, { featuredIssuers: { ids: ["iss", "ghost"], reason: "先に並べます。", sources: ["missing-src"] } });
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: "services.json", entry: "svc", field: "featuredIssuers.sources[0]" }),
      expect.objectContaining({ file: "services.json", entry: "svc", field: "featuredIssuers.ids[1]" }),
    ]);
  });

  it("reports a code file whose service does not exist", () => {
    const problems = check((f) => {
      f["codes/svc.json"].service = "ghost";
      f["codes/svc.json"].codes[0]!.related = [];
    });
    expect(problems.map((p) => p.field)).toEqual(["service", "service"]);
    expect(problems[0]!.entry).toBe("ghost/c1");
  });

  it("reports duplicate ids", () => {
    const problems = check((f) => {
      const first = f["causes/base.json"].causes[0]!;
      f["causes/base.json"].causes.push({ ...first });
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "cause-a", field: "id" })]);
    expect(problems[0]!.message).toContain("重複");
  });

  it("reports duplicate code slugs within a service", () => {
    const problems = check((f) => {
      f["codes/svc.json"].codes[1]!.slug = "c1";
      f["codes/svc.json"].codes[0]!.related = [];
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "svc/c1", field: "slug" })]);
  });

  it("reports slugs outside [a-z0-9-]", () => {
    const problems = check((f) => {
      f["codes/svc.json"].codes[1]!.slug = "C_2";
      f["codes/svc.json"].codes[0]!.related = ["svc/C_2"];
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "svc/C_2", field: "slug" })]);
  });

  it("reports non-https URLs", () => {
    const problems = check((f) => {
      f["issuers.json"].issuers[0]!.threeDSecure.url = "http://example.com/3ds";
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "iss", field: "threeDSecure.url" })]);
  });

  it("reports a sentence a card company's entry says twice, where it stands again", () => {
    // Saison's entry before the fix: the password's name and its caveat were also in the way of checking.
    const problems = check((f) => {
      Object.assign(f["issuers.json"].issuers[0]!, {
        authMethod: { text: "メールで本人確認をします。買い物のときは「認証コード」を入力します。", sources: ["src-a"] },
        passwordName: { text: "買い物のときは「認証コード」を入力します。以前の体験記では別の名前でした。", sources: ["src-seed"] },
      });
    });
    expect(problems).toEqual([expect.objectContaining({ file: "issuers.json", entry: "iss", field: "passwordName.text" })]);
    expect(problems[0]!.message).toContain("買い物のときは「認証コード」を入力します。");
    expect(problems[0]!.message).toContain("authMethod.text");
  });

  it("reports a caveat repeated from the 3-D Secure page's dated note, even with other spacing", () => {
    const problems = check((f) => {
      Object.assign(f["issuers.json"].issuers[0]!, {
        threeDSecure: { url: "https://example.com/3ds", sources: ["src-seed"], datedNote: "Net アンサーのページは古い可能性があります。" },
        contact: { text: "電話でお問い合わせください。 Net  アンサーのページは古い可能性があります。", sources: ["src-a"] },
      });
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "iss", field: "contact.text" })]);
    expect(problems[0]!.message).toContain("threeDSecure.datedNote");
  });

  it("lets one sentence stand in two card companies' entries, and different sentences in one", () => {
    const problems = check((f) => {
      const first = f["issuers.json"].issuers[0]!;
      const unlock = { text: "カードの裏面の番号へ電話して解除します。", sources: ["src-a"] };
      Object.assign(first, { unlock, fraudUnlock: { text: "カード会社から電話があります。", sources: ["src-a"] } });
      f["issuers.json"].issuers.push({ ...structuredClone(first), id: "iss-2" });
    });
    expect(problems).toEqual([]);
  });

  it("reports a cause without a source", () => {
    const problems = check((f) => {
      f["causes/base.json"].causes[0]!.sources = [];
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "cause-a", field: "sources" })]);
  });

  it("reports a code without a cause", () => {
    const problems = check((f) => {
      f["codes/svc.json"].codes[1]!.causes = [];
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "svc/c2", field: "causes" })]);
  });

  it("requires a note when a meaning is unknown", () => {
    const problems = check((f) => {
      f["codes/svc.json"].codes[1]!.meaning = "unknown";
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "svc/c2", field: "meaningNote" })]);
  });

  it("requires a source to have exactly one of url and seed", () => {
    const problems = check((f) => {
      Object.assign(f["sources.json"].sources[1]!, { url: "https://example.com/x" });
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "src-seed", field: "url" })]);
  });

  it("reports a wrong shape with file, entry and field", () => {
    const problems = check((f) => {
      Object.assign(f["causes/base.json"].causes[0]!, { fixer: "nobody" });
    });
    expect(problems).toEqual([expect.objectContaining({ file: "causes/base.json", entry: "cause-a", field: "fixer" })]);
  });

  it("reports a bad date and an unknown field", () => {
    const problems = check((f) => {
      Object.assign(f["sources.json"].sources[0]!, { lastVerified: "2026/11/22", extra: 1 });
    });
    // References to the broken source are not reported again as missing.
    expect(problems.map((p) => `${p.entry}:${p.field}`).sort()).toEqual(["src-a:(entry)", "src-a:lastVerified"]);
  });

  it("checks a code's former addresses: the form, not a live page, and one owner each", () => {
    const problems = check((f) => {
      Object.assign(f["codes/svc.json"].codes[0]!, { formerKeys: ["old/c1", "svc/c2", "Bad Key"] });
      Object.assign(f["codes/svc.json"].codes[1]!, { formerKeys: ["old/c1"] });
    });
    expect(problems.map((p) => `${p.entry}:${p.field}`).sort()).toEqual([
      "svc/c1:formerKeys[1]",
      "svc/c1:formerKeys[2]",
      "svc/c2:formerKeys[0]",
    ]);
  });

  it("checks card-company links, phone-line sources and sentences repeated in a card line's variant", () => {
    const problems = check((f) => {
      Object.assign(f["issuers.json"].issuers[0]!, {
        passwordName: { text: "ワンタイムパスワード", sources: ["src-a"], resetUrl: "http://example.com/reset" },
        unlock: { text: "電話で解除します。", sources: ["src-a"], variants: [{ applies: "家族カード", text: "電話で解除します。", sources: ["src-a"] }] },
        contact: {
          text: "カードの裏面の番号へお電話ください。",
          page: "https://example.com/contact",
          phones: [{ purpose: "lost-stolen", label: "紛失・盗難", number: "0120-00-0000", sources: [] }],
          sources: ["src-a"],
        },
      });
    });
    expect(problems.map((p) => `${p.entry}:${p.field}`).sort()).toEqual([
      "iss:contact.phones[0].sources",
      "iss:passwordName.resetUrl",
      "iss:unlock.variants[0].text",
    ]);
  });

  it("asks every card company for a contact: a sourced phone line or the official contact page", () => {
    const fx = minimalCatalogFiles();
    const iss = fx.files["issuers.json"].issuers[0] as Record<string, unknown>;
    delete iss.contact;
    expect(problemsOf(fx.toRaw())).toEqual([expect.objectContaining({ entry: "iss", field: "contact" })]);
  });

  it("asks for the source of a card company's brand list", () => {
    const problems = check((f) => {
      Object.assign(f["issuers.json"].issuers[0]!, { brandSources: [] });
    });
    expect(problems).toEqual([expect.objectContaining({ entry: "iss", field: "brandSources" })]);
  });

  it("reports a file that is not JSON", () => {
    const problems = problemsOf([{ file: "issuers.json", syntaxError: "Unexpected token" }]);
    expect(problems).toEqual([expect.objectContaining({ file: "issuers.json", entry: "(file)", field: "(json)" })]);
  });

  it("takes a kind from one file or a folder of files, and names the file an entry came from", () => {
    const fx = minimalCatalogFiles();
    const raw = fx.toRaw().map((r) => (r.file === "issuers.json" ? { ...r, file: "issuers/iss.json" } : r));
    expect(problemsOf(raw)).toEqual([]);
    const broken = raw.map((r) =>
      r.file === "sources.json" && "json" in r ? { file: "sources/extra.json", json: { sources: [{ id: "x" }] } } : r,
    );
    expect(problemsOf([...raw, ...broken.filter((r) => r.file === "sources/extra.json")])).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: "sources/extra.json", entry: "x" })]),
    );
    expect(problemsOf([{ file: "issuers/deep/iss.json", json: {} }])).toEqual([
      expect.objectContaining({ file: "issuers/deep/iss.json", entry: "(file)", field: "(file)" }),
    ]);
  });

  it("reports a file in a place the catalog does not know", () => {
    const problems = problemsOf([{ file: "misc/notes.json", json: {} }]);
    expect(problems).toEqual([expect.objectContaining({ file: "misc/notes.json", entry: "(file)" })]);
  });
});
