import type { ReactNode } from "react";
import { UI } from "@/lib/ui-text";
import { urlHost } from "@/lib/web/url-host";

/** An external link that names its domain inside its own text, so a reader knows where it leads. */
export function OutLink({ href, children }: { href: string; children: ReactNode }) {
  const host = urlHost(href);
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
      {host ? (
        <span className="url-host">
          {UI.punct.open}
          {host}
          {UI.punct.close}
        </span>
      ) : null}
    </a>
  );
}
