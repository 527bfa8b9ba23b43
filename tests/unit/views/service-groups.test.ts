import { describe, expect, it } from "vitest";
import { listServices } from "@/lib/catalog";
import { SERVICE_KINDS } from "@/lib/catalog/schema/service";
import { groupServices, SERVICE_GROUPS } from "@/lib/views/service-groups";

describe("service groups", () => {
  it("give every service kind exactly one group", () => {
    for (const kind of SERVICE_KINDS) {
      expect(SERVICE_GROUPS.filter((g) => (g.kinds as readonly string[]).includes(kind)), kind).toHaveLength(1);
    }
  });

  it("place every real service once, and leave out empty groups", () => {
    const groups = groupServices(listServices());
    const placed = groups.flatMap((g) => g.services.map((s) => s.id));
    expect([...placed].sort()).toEqual(listServices().map((s) => s.id).sort());
    expect(groups.every((g) => g.services.length > 0)).toBe(true);
    expect(groupServices([])).toEqual([]);
  });
});
