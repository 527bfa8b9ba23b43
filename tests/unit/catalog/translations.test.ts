import { describe, expect, it } from "vitest";
import { parseCatalogFiles, type RawFile } from "@/lib/catalog/parse";
import { requiredEnglish, validateEnglish } from "@/lib/catalog/translations";
import { minimalCatalogFiles } from "../fixtures/minimal-catalog";

/** English twins for every field the minimal fixture has. */
function fullEnglish(): RawFile[] {
  return [
    { file: "en/codes/svc.json", json: { entries: { c1: { title: "Title", summary: "Summary" }, c2: { title: "Title", summary: "Summary" } } } },
    { file: "en/causes/base.json", json: { entries: { "cause-a": { title: "Cause", summary: "What happened", "steps[0].text": "Step" } } } },
    { file: "en/services.json", json: { entries: { svc: { name: "Service", operator: "Operator", summary: "About" } } } },
    { file: "en/issuers.json", json: { entries: { iss: { "contact.text": "Call the number on the back of your card." } } } },
  ];
}

const check = (extra: RawFile[]) => {
  const { catalog, problems } = parseCatalogFiles([...minimalCatalogFiles().toRaw(), ...extra]);
  return [...problems, ...validateEnglish(catalog, catalog.english ?? {})];
};

describe("English twins of the catalog", () => {
  it("accept a complete set", () => {
    expect(check(fullEnglish())).toEqual([]);
  });

  it("name the file, entry and field of English that is missing", () => {
    const raw = fullEnglish();
    raw[1] = { file: "en/causes/base.json", json: { entries: { "cause-a": { title: "Cause", summary: "What happened" } } } };
    expect(check(raw)).toEqual([expect.objectContaining({ file: "en/causes/base.json", entry: "cause-a", field: "steps[0].text" })]);
  });

  it("report English left over from a field the Japanese entry no longer has", () => {
    const raw = fullEnglish();
    raw[2] = { file: "en/services.json", json: { entries: { svc: { name: "S", operator: "O", summary: "A", "notes[0].text": "Old" } } } };
    expect(check(raw)).toEqual([expect.objectContaining({ entry: "svc", field: "notes[0].text" })]);
  });

  it("report English for an entry that does not exist, and a file in an unknown place", () => {
    const raw = [...fullEnglish(), { file: "en/codes/svc.json", json: { entries: { ghost: { title: "Ghost" } } } }];
    expect(check(raw)).toEqual([expect.objectContaining({ entry: "svc/ghost", field: "(entry)" })]);
    expect(check([...fullEnglish(), { file: "en/misc.json", json: { entries: {} } }])).toEqual([
      expect.objectContaining({ file: "en/misc.json", field: "(file)" }),
    ]);
  });

  it("ask for English of every step, wait and note of a real entry", () => {
    const { catalog } = parseCatalogFiles(minimalCatalogFiles().toRaw());
    expect(requiredEnglish(catalog).cause?.["cause-a"]).toEqual(["title", "summary", "steps[0].text"]);
  });
});
