import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { LanguageSwitch } from "./language-switch";
import { diagnoseHref, homeHref } from "@/lib/web/links";
import { UI } from "@/lib/ui-text";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href={homeHref()} className="site-name">
          {UI.siteName}
        </Link>
        <Link href={diagnoseHref()} prefetch={false}>
          {UI.wizard.entry}
        </Link>
        <SearchBox />
        <LanguageSwitch text={UI.language} />
      </div>
    </header>
  );
}
