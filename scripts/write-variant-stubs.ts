// Run by scripts/build-export.mjs on the built export. The export has no page per card company
// (lib/views/build-mode.ts, FILL_IN_BROWSER), and both languages together leave no room for a file at
// each of their ~10,000 addresses, so:
//  - _company-pages.map lists every card-company address (/codes/{service}/{code}/{company},
//    /causes/{cause}/{company}, each also under /en) with the page that answers it; nginx reads it
//    (deploy/nginx.conf) and answers any other such address with 404. A host without rewrites answers
//    404 there, and the not-found page offers the code's page;
//  - the wizard's code/{service}/{slug} addresses (the same screens as the answers that choose that
//    code) become small files that send the browser to those answers.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { causeIssuerParams, codeIssuerParams } from "../lib/views/code";
import { LOCALES, inLocalePath } from "../lib/locale";
import { causeHref, codeHref } from "../lib/web/links";
import { absoluteUrl } from "../lib/web/site";

export const COMPANY_PAGES_MAP = "_company-pages.map";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page that sends the browser on to `target`; `canonical` is the page search engines keep. */
export function stubHtml(canonical: string, target: string, title: string, lang = "ja"): string {
  const t = escapeHtml(title);
  const to = escapeHtml(target);
  return (
    `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${to}">` +
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(canonical))}"><title>${t}</title></head>` +
    `<body><p><a href="${to}">${t}</a></p></body></html>\n`
  );
}

/** nginx map lines: each card-company address, in both languages, and the file of the page that answers it. */
export function companyPagesMap(): string[] {
  const pairs: [address: string, page: string][] = [
    ...codeIssuerParams().map((p) => [codeHref(p.service, p.code, p.issuer), codeHref(p.service, p.code)] as [string, string]),
    ...causeIssuerParams().map((p) => [causeHref(p.cause, p.issuer), causeHref(p.cause)] as [string, string]),
  ];
  // Ids are lower-case letters, digits and hyphens (lib/catalog/slug.ts): nothing in them needs quoting.
  return LOCALES.flatMap((l) => pairs.map(([a, p]) => `${inLocalePath(a, l)} ${inLocalePath(p, l)}.html;`));
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

/**
 * Replaces each wizard page under diagnose/code/ (and en/diagnose/code/) with a small file that sends
 * the browser to the page's canonical address, which the page itself names. Returns how many.
 */
export function stubWizardAliases(root: string): number {
  let n = 0;
  for (const locale of LOCALES) {
    const dir = path.join(root, inLocalePath("/diagnose/code", locale));
    let files: string[];
    try {
      files = [...htmlFiles(dir)];
    } catch {
      continue;
    }
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
      if (!canonical) throw new Error(`write-variant-stubs: ${file} names no canonical address`);
      const target = new URL(canonical.replaceAll("&amp;", "&")).pathname;
      // The title is already escaped in the page: undo the entities stubHtml escapes again.
      const plainTitle = title.replace(/&#(\d+);|&amp;|&lt;|&gt;|&quot;/g, (m, d: string | undefined) =>
        d
          ? String.fromCharCode(Number(d))
          : (({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' } as Record<string, string>)[m] ?? m),
      );
      writeFileSync(file, stubHtml(target, target, plainTitle, locale));
      n += 1;
    }
  }
  return n;
}

export function writeExportAddresses(root: string): { companies: number; aliases: number } {
  const lines = companyPagesMap();
  writeFileSync(path.join(root, COMPANY_PAGES_MAP), `${lines.join("\n")}\n`);
  return { companies: lines.length, aliases: stubWizardAliases(root) };
}

// Run as a script (not when a test imports it): the export's folder is the one argument.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2];
  if (!root) throw new Error("write-variant-stubs: give the export's folder");
  const { companies, aliases } = writeExportAddresses(root);
  console.log(
    `write-variant-stubs: ${companies} card-company addresses in ${COMPANY_PAGES_MAP}, ${aliases} wizard code addresses as small files`,
  );
}
