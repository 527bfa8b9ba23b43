import type { Wait } from "@/lib/catalog/schema/cause";
import { UI } from "@/lib/ui-text";
import { Heading, type HeadingLevel } from "../common/heading";
import { WaitCalculator } from "./wait-calculator";

/** One waiting period in words: 「クレジットチャージの事前登録から 24 時間後（その日の 6:00 から）」. */
export function waitWords(w: Wait): string {
  return `${UI.cause.wait.after(w.from, w.hours)}${w.atHour !== undefined ? UI.cause.wait.atHour(w.atHour) : ""}`;
}

/** Waiting periods in words (enough without JavaScript), each with a small date calculator. */
export function WaitTimes({ waits, id, level }: { waits: readonly Wait[]; id: string; level: HeadingLevel }) {
  return (
    <div className="waits">
      <Heading level={level}>{UI.cause.waitHeading}</Heading>
      <ul className="list-plain">
        {waits.map((w, i) => (
          <li key={i}>
            <p>
              {waitWords(w)}
              {w.note ? <span className="muted">　{w.note}</span> : null}
            </p>
            <WaitCalculator id={`${id}-wait-${i}`} from={w.from} hours={w.hours} atHour={w.atHour} />
          </li>
        ))}
      </ul>
    </div>
  );
}
