import { PARTIES, type Party } from "@/lib/views/stop-party";
import { UI } from "@/lib/ui-text";

/**
 * Who stopped the payment, as three boxes in the order a payment passes through them. The highlighted box
 * is marked in words too (not by colour alone), and the caption says the same in a sentence.
 */
export function StopDiagram({ parties, certain }: { parties: readonly Party[]; certain: boolean }) {
  const t = UI.code.diagram;
  const names = parties.map((p) => t.parties[p]).join("」「");
  return (
    <figure className="stop-diagram" aria-labelledby="stop-diagram-caption">
      <figcaption id="stop-diagram-caption">
        <strong>{t.heading}</strong>
        {UI.punct.colon}
        {parties.length > 0 ? (certain ? t.summary(names) : t.summaryMaybe(names)) : null}
      </figcaption>
      <ol>
        {PARTIES.map((p) => {
          const hit = parties.includes(p);
          return (
            <li key={p} className={hit ? "hit" : undefined}>
              <span className="party">{t.parties[p]}</span>
              {hit ? <span className="mark">{certain ? t.stoppedHere : t.maybeHere}</span> : null}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
