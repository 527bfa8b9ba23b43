import { describe, expect, it } from "vitest";
import { getService, listIssuers } from "@/lib/catalog";
import { issuersForService } from "@/lib/views/code";
import { COMMON_ISSUER_IDS, issuersInOrder, likelyIssuers } from "@/lib/issuers/order";

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

describe("likelyIssuers", () => {
  const all = listIssuers();

  it("offers the featured companies first, then the common ones, and the rest by reading, each once", () => {
    const { likely, rest } = likelyIssuers(all, ["seven-card"]);
    expect(ids(likely)[0]).toBe("seven-card");
    expect(ids(likely).slice(1)).toEqual(COMMON_ISSUER_IDS.filter((id) => all.some((i) => i.id === id)));
    expect(ids(rest)).toEqual(ids(issuersInOrder(all)).filter((id) => !ids(likely).includes(id)));
    expect(likely.length + rest.length).toBe(all.length);
  });

  it("never offers a company twice when a featured one is also common, and skips unknown ids", () => {
    const { likely, rest } = likelyIssuers(all, ["rakuten", "ghost"]);
    expect(ids(likely)[0]).toBe("rakuten");
    expect(new Set(ids([...likely, ...rest])).size).toBe(all.length);
  });
});
