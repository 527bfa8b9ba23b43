"use client";

import { useState } from "react";
import { useHydrated } from "@/hooks/use-hydrated";
import { useCoreText } from "@/hooks/use-ui";

/** Copy this page's link and print it. Buttons appear only with JavaScript, where they can work. */
export function PageActions() {
  const ready = useHydrated();
  const [status, setStatus] = useState("");
  const t = useCoreText().code.actions;
  if (!ready) return null;
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
