import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while the page hydrates, true afterwards: controls that only work with
 * JavaScript (copy-link, print, the wait calculator) appear once they can work, without setting state in
 * an effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
