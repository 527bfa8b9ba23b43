import type { ReactNode } from "react";
import { splitAsides } from "@/lib/views/asides";
import { UI } from "@/lib/ui-text";

/**
 * A catalog sentence with its long parenthesised asides folded into 「くわしく」. Renders flow content
 * (a <details> may follow the text), so it goes in a <div>, <li> or <section>, never in a <p>.
 */
export function AsideText({ text, after }: { text: string; /** Shown right after the sentence, before the asides. */ after?: ReactNode }) {
  const { main, asides } = splitAsides(text);
  if (asides.length === 0) {
    return (
      <>
        {text}
        {after}
      </>
    );
  }
  return (
    <>
      {main}
      {after}
      <details className="asides">
        <summary>{UI.cause.more}</summary>
        {asides.map((a, i) => (
          <p key={i}>{a}</p>
        ))}
      </details>
    </>
  );
}
