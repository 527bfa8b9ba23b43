import { describe, expect, it } from "vitest";
import { getService, listIssuers } from "@/lib/catalog";
import { issuersForService } from "@/lib/code-view";
import { issuersInOrder } from "@/lib/issuer-order";

const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe("issuersInOrder", () => {
  const all = listIssuers();
  const byKana = issuersInOrder(all);

  it("sorts by kana reading when nothing is featured", () => {
    const kana = byKana.map((i) => i.names.kana);
    expect(kana).toEqual([...kana].sort((a, b) => a.localeCompare(b, "ja")));
    expect(byKana).toHaveLength(all.length);
  });

  it("puts featured companies first in the given order, each once, and skips unknown ids", () => {
    const featured = ["seven-card", "ghost", "saison", "seven-card"];
    const list = issuersInOrder(all, featured);
    expect(ids(list).slice(0, 2)).toEqual(["seven-card", "saison"]);
    expect(list).toHaveLength(all.length);
    expect(new Set(ids(list)).size).toBe(all.length);
    expect(ids(list.slice(2))).toEqual(ids(byKana).filter((id) => id !== "seven-card" && id !== "saison"));
  });
});

describe("issuersForService", () => {
  it("lists Seven Card first for nanaco, whose credit charge takes only Seven Card for new registrations", () => {
    expect(getService("nanaco")?.featuredIssuers?.ids).toEqual(["seven-card"]);
    expect(ids(issuersForService("nanaco"))[0]).toBe("seven-card");
  });

  it("keeps the plain kana order for a service that features no company", () => {
    expect(getService("au-pay")?.featuredIssuers).toBeUndefined();
    expect(ids(issuersForService("au-pay"))).toEqual(ids(issuersInOrder(listIssuers())));
  });
});
