// Types for search-gate.mjs (plain JavaScript, so the server runs with node alone).
import type { IncomingMessage, ServerResponse } from "node:http";

export type SearchGate = {
  handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): unknown;
  stats(): { active: number; queued: number; waiting: number; cached: number; cachedBytes: number };
};
export declare function searchCacheKey(req: IncomingMessage, maxLength?: number): string | undefined;
export declare function createSearchGate(options?: {
  concurrency?: number;
  queueLimit?: number;
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  retryAfterSeconds?: number;
}): SearchGate;
