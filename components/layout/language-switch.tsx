"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { twinPath } from "@/lib/locale";
import type { UiText } from "@/lib/ui-text/locales";

/**
 * The same page in the other language. The address keeps what follows the path (the wizard's chosen
 * company in ?card=, a search's ?q=, the fragment), added when clicked: the server renders the link
 * without it. Its words come from the server (the header), which knows the page's language. A plain
 * link: the two languages are two root layouts, so the browser loads the page anew.
 */
export function LanguageSwitch({ text: t }: { text: UiText["language"] }) {
  const href = twinPath(usePathname() ?? "/");
  const keepQuery = (e: MouseEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = `${href}${window.location.search}${window.location.hash}`;
  };
  return (
    <a href={href} hrefLang={t.switchLang} lang={t.switchLang} aria-label={t.switchLabel} className="language-switch" onClick={keepQuery}>
      {t.switchTo}
    </a>
  );
}
