import type { ReactNode } from "react";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A heading whose level the caller decides: the same block sits under an h1 on one page and an h2 on another. */
export function Heading({ level, id, className, children }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  // Only the attributes given: an undefined one would still take room in every page's data.
  return (
    <Tag {...(id ? { id } : {})} {...(className ? { className } : {})}>
      {children}
    </Tag>
  );
}

/** The level below, capped at h5 (the deepest the pages use). */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 5) as HeadingLevel;
