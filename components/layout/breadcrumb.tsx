import Link from "next/link";
import { UI } from "@/lib/ui-text";

/**
 * Where this page sits; the last item is the page itself. With `fill` (a page whose card company the
 * browser fills in), a hidden last item waits for the company's name (data-cf-crumb), and the page's own
 * item says where to link once a company is chosen (data-cf-crumb-base), as on a server-rendered company page.
 */
export function Breadcrumb({ items, fill = false }: { items: readonly { name: string; path: string }[]; fill?: boolean }) {
  return (
    <nav aria-label={UI.code.breadcrumbLabel} className="breadcrumb">
      <ol>
        {items.map((c, i) =>
          i === items.length - 1 ? (
            <li key={c.path} aria-current="page" data-cf-crumb-base={fill ? c.path : undefined}>
              {c.name}
            </li>
          ) : (
            <li key={c.path}>
              <Link href={c.path}>{c.name}</Link>
            </li>
          ),
        )}
        {fill ? <li data-cf-crumb="" hidden /> : null}
      </ol>
    </nav>
  );
}
