"use client";

import { useState } from "react";
import { useHydrated } from "@/hooks/use-hydrated";
import { UI } from "@/lib/ui-text";

/** Copy this page's link and print it. Buttons appear only with JavaScript, where they can work. */
export function PageActions() {
  const ready = useHydrated();
  const [status, setStatus] = useState("");
  if (!ready) return null;
  const t = UI.code.actions;
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  }
  return (
    <div className="page-actions">
      <button type="button" onClick={copy}>
        {t.copyLink}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t.print}
      </button>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
    </div>
  );
}
