import Link from "next/link";
import { UI } from "@/lib/ui-text";

/** Where this page sits; the last item is the page itself. */
export function Breadcrumb({ items }: { items: readonly { name: string; path: string }[] }) {
  return (
    <nav aria-label={UI.code.breadcrumbLabel} className="breadcrumb">
      <ol>
        {items.map((c, i) =>
          i === items.length - 1 ? (
            <li key={c.path} aria-current="page">
              {c.name}
            </li>
          ) : (
            <li key={c.path}>
              <Link href={c.path}>{c.name}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
