import type { Wait } from "@/lib/schema/cause";
import { UI } from "@/lib/ui-text";
import { WaitCalculator } from "./wait-calculator";

/** Waiting periods in words (enough without JavaScript), each with a small date calculator. */
export function WaitTimes({ waits, id }: { waits: readonly Wait[]; id: string }) {
  return (
    <div className="waits">
      <h4>{UI.code.waitHeading}</h4>
      <ul className="list-plain">
        {waits.map((w, i) => (
          <li key={i}>
            <p>
              {UI.code.wait.after(w.from, w.hours)}
              {w.atHour !== undefined ? UI.code.wait.atHour(w.atHour) : null}
              {w.note ? <span className="muted">　{w.note}</span> : null}
            </p>
            <WaitCalculator id={`${id}-wait-${i}`} from={w.from} hours={w.hours} atHour={w.atHour} />
          </li>
        ))}
      </ul>
    </div>
  );
}
