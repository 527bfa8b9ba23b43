// Types for guard.mjs (plain JavaScript, so the server runs with node alone).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SearchGate } from "./search-gate.mjs";

/** The header that tells the not-found page the language of the address asked for. */
export declare const LOCALE_HEADER: "x-kessai-locale";
export declare function safeTarget(url: string | undefined, pages?: ReadonlySet<string>): string;
export declare function isSearchPath(url: string | undefined): boolean;
export declare function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: string, method?: string): void;
export declare function createGuard(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  headers: readonly (readonly [string, string])[];
  pages?: ReadonlySet<string>;
  searchGate?: SearchGate;
  log?: (message: string) => void;
}): (req: IncomingMessage, res: ServerResponse) => void;
