"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { searchHref } from "@/lib/links";
import { containsCardNumber } from "@/lib/search/card-number";
import type { SearchEngine } from "@/lib/search/engine";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import type { SearchResult } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";
import { loadSearchEngine } from "./load-engine";
import { reasonText } from "./reason-text";

const SUGGESTIONS = 8;

type Props = {
  /** "header": compact, in every page's header; "hero": large, on the home page and /search. */
  variant?: "header" | "hero";
  initialQuery?: string;
  /** On /search in the static export the server cannot see ?q, so the box reads it from the address. */
  readQueryFromUrl?: boolean;
};

/**
 * The search box: a plain GET form to /search (works without JavaScript) enhanced into a WAI-ARIA
 * combobox with suggestions as you type, ↑ ↓ Enter Esc. The engine and index load on first use.
 * Anything that looks like a card number is never searched, submitted or put in the address.
 */
export function SearchBox({ variant = "header", initialQuery = "", readQueryFromUrl = false }: Props) {
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const warningId = `${id}-warning`;
  const inputRef = useRef<HTMLInputElement>(null);
  const engineRef = useRef<SearchEngine | null>(null);
  const [value, setValue] = useState(initialQuery);
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [cardWarning, setCardWarning] = useState(() => containsCardNumber(initialQuery));
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "failed">("idle");

  useEffect(() => {
    if (!readQueryFromUrl || initialQuery !== "") return;
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (q && !containsCardNumber(q)) setValue(q.slice(0, MAX_QUERY_LENGTH));
  }, [readQueryFromUrl, initialQuery]);

  const ensureEngine = (): Promise<SearchEngine | null> => {
    if (engineRef.current) return Promise.resolve(engineRef.current);
    setStatus((s) => (s === "ready" ? s : "loading"));
    return loadSearchEngine().then(
      (engine) => {
        engineRef.current = engine;
        setStatus("ready");
        return engine;
      },
      () => {
        setStatus("failed");
        return null;
      },
    );
  };

  const suggest = (text: string, engine: SearchEngine | null) => {
    if (!engine || text.trim() === "") {
      setResults([]);
      setOpen(false);
      setActive(-1);
      return;
    }
    const found = engine.search(text, SUGGESTIONS).results;
    setResults(found);
    setOpen(found.length > 0);
    setActive(-1);
  };

  const onChange = (text: string) => {
    setValue(text);
    if (containsCardNumber(text)) {
      // Warn at once and search nothing: the digits go nowhere, not even into the engine.
      setCardWarning(true);
      setResults([]);
      setOpen(false);
      setActive(-1);
      return;
    }
    setCardWarning(false);
    if (engineRef.current) suggest(text, engineRef.current);
    else
      void ensureEngine().then((engine) => {
        // The user may have typed on while loading: suggest for what is in the box now.
        const now = inputRef.current?.value ?? text;
        if (!containsCardNumber(now)) suggest(now, engine);
      });
  };

  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    router.push(href);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = value.slice(0, MAX_QUERY_LENGTH);
    if (containsCardNumber(q)) {
      setCardWarning(true);
      inputRef.current?.focus();
      return;
    }
    const picked = open && active >= 0 ? results[active] : undefined;
    if (picked) return go(picked.href);
    if (q.trim() === "") return go("/search");
    const engine = await ensureEngine();
    const top = engine?.search(q, 1).results[0];
    // Enter on an exact code opens its page straight away.
    if (top && top.kind === "code" && top.reason.how === "exact") return go(top.href);
    go(searchHref(q));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (n === 0) return;
      event.preventDefault();
      const down = event.key === "ArrowDown";
      setOpen(true);
      setActive((i) => (!open || i < 0 ? (down ? 0 : n - 1) : (i + (down ? 1 : n - 1)) % n));
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (open) {
        setOpen(false);
        setActive(-1);
      } else {
        onChange("");
      }
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  const hero = variant === "hero";

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={hero ? "search-box search-box-hero" : "search-box"}
      onSubmit={(e) => void onSubmit(e)}
    >
      <label htmlFor={`${id}-input`} className={hero ? "search-label" : "visually-hidden"}>
        {SEARCH_TEXT.label}
      </label>
      <div className="search-row">
        <input
          ref={inputRef}
          id={`${id}-input`}
          // Without a name nothing is submitted: a card number must never reach the address, even if
          // a script submits the form. With JS the form is always handled above.
          name={cardWarning ? undefined : "q"}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby={cardWarning ? warningId : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
          placeholder={hero ? SEARCH_TEXT.heroPlaceholder : SEARCH_TEXT.placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onFocus={() => {
            void ensureEngine().then((engine) => {
              if (engine && value && !containsCardNumber(value) && results.length === 0) suggest(value, engine);
            });
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit">{SEARCH_TEXT.submit}</button>
      </div>
      <ul id={listboxId} role="listbox" aria-label={SEARCH_TEXT.listboxLabel} className="search-listbox" hidden={!open}>
        {results.map((r, i) => (
          <li
            key={`${r.kind}:${r.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search-option"
            // Keep focus in the box while the pointer picks an option.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(r.href)}
          >
            <span className="pill">{SEARCH_TEXT.kind[r.kind]}</span>
            <span className={r.kind === "code" ? "code-badge" : undefined}>{r.label}</span>
            <span className="search-option-detail">{r.detail}</span>
            <span className="search-reason">{reasonText(r.reason)}</span>
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite" className="visually-hidden">
        {open ? SEARCH_TEXT.resultsCount(results.length) : status === "failed" ? SEARCH_TEXT.loadFailed : ""}
      </div>
      {cardWarning ? (
        <p id={warningId} role="alert" className="notice search-warning">
          {SEARCH_TEXT.cardNumberWarning}
        </p>
      ) : null}
    </form>
  );
}
