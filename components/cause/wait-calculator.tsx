"use client";

import { useId, useState } from "react";
import { useHydrated } from "@/hooks/use-hydrated";
import { useCauseText, useLocale } from "@/hooks/use-ui";
import { formatEnDateTime, formatJaDateTime, parseJstLocal, waitEnds } from "@/lib/views/wait-date";

/**
 * Turns "24 hours after registering" into a date once the person says when they registered.
 * Shown only with JavaScript; the words above it already say the period without it.
 */
export function WaitCalculator({ id, from, hours, atHour }: { id: string; from: string; hours: number; atHour?: number }) {
  const ready = useHydrated();
  const [value, setValue] = useState("");
  const inputId = useId();
  const words = useCauseText();
  const format = useLocale() === "en" ? formatEnDateTime : formatJaDateTime;
  if (!ready) return null;
  // An unreadable input or an end beyond the Date range both give no date: the "invalid" hint, not a crash.
  const when = value ? format(waitEnds(parseJstLocal(value), hours, atHour)) : undefined;
  return (
    <div className="wait-calc" data-wait={id}>
      <label htmlFor={inputId}>{words.wait.inputLabel(from)}</label>
      <input id={inputId} type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} />
      <p role="status" aria-live="polite">
        {value === "" ? null : when !== undefined ? words.wait.result(when) : words.wait.invalid}
      </p>
    </div>
  );
}
