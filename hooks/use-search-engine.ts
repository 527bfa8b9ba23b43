"use client";

import { useCallback, useRef, useState } from "react";
import { loadSearchEngine } from "@/components/search/load-engine";
import type { SearchEngine } from "@/lib/search/engine";

export type EngineStatus = "idle" | "loading" | "ready" | "failed";

/**
 * The search engine, loaded on first use (focus or typing) so it weighs nothing on a page's first load.
 * `ensure` resolves to the engine, or to null when loading failed (status "failed"; a later call retries).
 */
export function useSearchEngine(): { ensure: () => Promise<SearchEngine | null>; current: () => SearchEngine | null; status: EngineStatus } {
  const ref = useRef<SearchEngine | null>(null);
  const [status, setStatus] = useState<EngineStatus>("idle");
  const ensure = useCallback((): Promise<SearchEngine | null> => {
    if (ref.current) return Promise.resolve(ref.current);
    setStatus((s) => (s === "ready" ? s : "loading"));
    return loadSearchEngine().then(
      (engine) => {
        ref.current = engine;
        setStatus("ready");
        return engine;
      },
      () => {
        setStatus("failed");
        return null;
      },
    );
  }, []);
  const current = useCallback(() => ref.current, []);
  return { ensure, current, status };
}
