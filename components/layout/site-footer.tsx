import { UI } from "@/lib/ui-text";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{UI.footer.disclaimer}</p>
      </div>
    </footer>
  );
}
