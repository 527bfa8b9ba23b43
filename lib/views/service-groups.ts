import type { Service } from "../catalog/schema/service";

/** The groups people scan services by, in the order a person at a till meets them most. */
export const SERVICE_GROUPS = [
  { id: "emoney-transit", kinds: ["emoney", "transit"] },
  { id: "wallet", kinds: ["wallet"] },
  { id: "online-shop", kinds: ["gateway", "card-network"] },
  { id: "app-store", kinds: ["app-store"] },
  { id: "three-d-secure", kinds: ["three-d-secure"] },
] as const satisfies readonly { id: string; kinds: readonly Service["kind"][] }[];

export type ServiceGroupId = (typeof SERVICE_GROUPS)[number]["id"];

/** Services by group, in catalog order within a group; groups without a service are left out. */
export function groupServices(services: readonly Service[]): { id: ServiceGroupId; services: Service[] }[] {
  return SERVICE_GROUPS.map((g) => ({
    id: g.id,
    services: services.filter((s) => (g.kinds as readonly string[]).includes(s.kind)),
  })).filter((g) => g.services.length > 0);
}
