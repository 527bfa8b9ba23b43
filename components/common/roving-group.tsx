"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREV = new Set(["ArrowLeft", "ArrowUp"]);

/** The links a person can move between: not inside a hidden (filtered-out) item. */
function links(root: HTMLElement): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>("a[href]")).filter((a) => !a.closest("[hidden]"));
}

/** Makes `stop` the group's one tab stop (or the current page's link, or the first, when not given). */
function setStop(root: HTMLElement, stop?: HTMLAnchorElement) {
  const all = links(root);
  const target = stop ?? all.find((a) => a.getAttribute("aria-current") === "page") ?? all[0];
  for (const a of root.querySelectorAll<HTMLAnchorElement>("a[href]")) a.tabIndex = a === target ? 0 : -1;
}

/**
 * A group of links that takes one Tab press, not one per link (roving tabindex): arrow keys, Home and End
 * move within it. Without JavaScript every link keeps its own tab stop, so the group still works.
 */
export function RovingGroup({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    setStop(root);
    // A filter hides items: if the tab stop was among them, the first shown link takes its place.
    const observer = new MutationObserver(() => {
      const stop = links(root).find((a) => a.tabIndex === 0);
      setStop(root, stop);
    });
    observer.observe(root, { attributes: true, attributeFilter: ["hidden"], subtree: true });
    return () => observer.disconnect();
  }, []);
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const root = ref.current;
    if (!root) return;
    const all = links(root);
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0 || all.length === 0) return;
    let to: number;
    if (NEXT.has(e.key)) to = (at + 1) % all.length;
    else if (PREV.has(e.key)) to = (at - 1 + all.length) % all.length;
    else if (e.key === "Home") to = 0;
    else if (e.key === "End") to = all.length - 1;
    else return;
    e.preventDefault();
    setStop(root, all[to]);
    all[to]?.focus();
  }
  return (
    <div ref={ref} role="toolbar" aria-label={label} onKeyDown={onKeyDown} onFocus={(e) => e.target instanceof HTMLAnchorElement && ref.current && setStop(ref.current, e.target)}>
      {children}
    </div>
  );
}
