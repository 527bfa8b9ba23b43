"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useAddressParams } from "@/hooks/use-address-params";
import { useSearchEngine } from "@/hooks/use-search-engine";
import { useSuggestions } from "@/hooks/use-suggestions";
import { searchHref } from "@/lib/web/links";
import { containsCardNumber } from "@/lib/search/card-number";
import type { SearchEngine } from "@/lib/search/engine";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { useLocale, useSearchText } from "@/hooks/use-ui";
import { inLocalePath } from "@/lib/locale";
import { SuggestionList } from "./suggestion-list";

const SUGGESTIONS = 8;

type Props = {
  /** "header": compact, in every page's header; "hero": large, on the home page and /search. */
  variant?: "header" | "hero";
  initialQuery?: string;
  /** On /search in the static export the server cannot see ?q, so the box reads it from the address. */
  readQueryFromUrl?: boolean;
};

/**
 * While a Japanese IME is composing, ↑ ↓ pick a conversion and Esc cancels it: those keys belong to the
 * IME, not to the list (Safari reports the composing keydown as keyCode 229 only).
 */
const composing = (event: KeyboardEvent) => event.nativeEvent.isComposing || event.keyCode === 229;

/**
 * The search box: a plain GET form to /search (works without JavaScript) enhanced into a WAI-ARIA
 * combobox with suggestions as you type, ↑ ↓ Enter Esc. The engine and index load on first use.
 * Anything that looks like a card number is never searched, submitted or put in the address.
 */
export function SearchBox({ variant = "header", initialQuery = "", readQueryFromUrl = false }: Props) {
  const SEARCH_TEXT = useSearchText();
  // The search page in the page's language: the form's action and an empty search. The server renders
  // this island too, where only the address tells the language.
  const searchAction = inLocalePath("/search", useLocale());
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const warningId = `${id}-warning`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const engine = useSearchEngine();
  const [list, dispatch] = useSuggestions();
  const address = useAddressParams();
  // What the box shows until something is typed: the address's ?q where the server could not read it
  // (never a card number).
  const addressQuery = readQueryFromUrl && initialQuery === "" ? (address?.get("q") ?? "") : "";
  const shown = addressQuery && !containsCardNumber(addressQuery) ? addressQuery.slice(0, MAX_QUERY_LENGTH) : initialQuery;
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? shown;
  const [cardWarning, setCardWarning] = useState(() => containsCardNumber(initialQuery));

  const suggest = (text: string, found: SearchEngine | null) => {
    if (!found || text.trim() === "") dispatch({ type: "clear" });
    else dispatch({ type: "show", outcome: found.search(text, SUGGESTIONS) });
  };

  const onChange = (text: string) => {
    setTyped(text);
    if (containsCardNumber(text)) {
      // Warn at once and search nothing: the digits go nowhere, not even into the engine.
      setCardWarning(true);
      dispatch({ type: "clear" });
      return;
    }
    setCardWarning(false);
    const ready = engine.current();
    if (ready) suggest(text, ready);
    else
      void engine.ensure().then((found) => {
        // The user may have typed on while loading: suggest for what is in the box now.
        const now = inputRef.current?.value ?? text;
        if (!containsCardNumber(now)) suggest(now, found);
      });
  };

  const go = (href: string) => {
    dispatch({ type: "close" });
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
    const picked = list.open && list.active >= 0 ? list.results[list.active] : undefined;
    if (picked) return go(picked.href);
    if (q.trim() === "") return go(searchAction);
    const top = (await engine.ensure())?.search(q, 1).results[0];
    // Enter on an exact code opens its page straight away (its card company's, when one was typed too).
    if (top && top.kind === "code" && top.reason.how === "exact") return go(top.href);
    go(searchHref(q));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (composing(event)) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.results.length === 0) return;
      event.preventDefault();
      dispatch({ type: "move", down: event.key === "ArrowDown" });
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (list.open) dispatch({ type: "close" });
      else onChange("");
    }
  };

  const hero = variant === "hero";
  const expanded = list.open && list.results.length > 0;

  return (
    <form
      role="search"
      action={searchAction}
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
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && list.active >= 0 ? optionId(list.active) : undefined}
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
            void engine.ensure().then((found) => {
              if (value && !containsCardNumber(value) && list.results.length === 0) suggest(value, found);
            });
          }}
          onBlur={() => dispatch({ type: "close" })}
          onKeyDown={onKeyDown}
        />
        <button type="submit">{SEARCH_TEXT.submit}</button>
      </div>
      <SuggestionList
        id={listboxId}
        optionId={optionId}
        results={list.results}
        missingCode={list.missingCode}
        open={list.open}
        active={list.active}
        onPick={go}
      />
      <div role="status" aria-live="polite" className="visually-hidden">
        {list.open && list.missingCode !== undefined ? `${SEARCH_TEXT.missingShort(list.missingCode)}。` : ""}
        {expanded ? SEARCH_TEXT.resultsCount(list.results.length) : engine.status === "failed" ? SEARCH_TEXT.loadFailed : ""}
      </div>
      {cardWarning ? (
        <p id={warningId} role="alert" className="notice search-warning">
          {SEARCH_TEXT.cardNumberWarning}
        </p>
      ) : null}
    </form>
  );
}
