// Run by scripts/build-export.mjs on the built export: a small file at every card-company address
// (/codes/{service}/{code}/{company}, /causes/{cause}/{company}). The export has no page per company
// (lib/views/build-mode.ts, FILL_IN_BROWSER): nginx answers these addresses with the code's or cause's page
// when the file exists (deploy/nginx.conf), and a host without rewrites serves the file, which sends the
// browser to the page with ?card={company}. Either way the browser fills the company in.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getCause, getCode, getIssuer, getService } from "../lib/catalog";
import { causeIssuerParams, codeIssuerParams } from "../lib/views/code";
import { ANSWER_ID, ISSUER_QUERY, STEPS_ID, causeHref, codeHref } from "../lib/web/links";
import { absoluteUrl } from "../lib/web/site";
import { UI } from "../lib/ui-text";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The file for one company address: where the page is, for people and for the browser; the page itself is canonical. */
export function stubHtml(canonical: string, target: string, title: string): string {
  const t = escapeHtml(title);
  const to = escapeHtml(target);
  return (
    `<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${to}">` +
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(canonical))}"><title>${t}</title></head>` +
    `<body><p><a href="${to}">${t}</a></p></body></html>\n`
  );
}

function write(root: string, address: string, html: string) {
  const file = path.join(root, `${address}.html`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

export function writeVariantStubs(root: string): number {
  let n = 0;
  for (const p of codeIssuerParams()) {
    const code = getCode(p.service, p.code);
    const issuer = getIssuer(p.issuer);
    if (!code || !issuer) continue;
    const title = UI.code.metaTitleIssuer(getService(code.service)?.name ?? code.service, code.code, issuer.names.ja);
    const target = `${codeHref(p.service, p.code)}?${ISSUER_QUERY}=${encodeURIComponent(p.issuer)}#${ANSWER_ID}`;
    write(root, codeHref(p.service, p.code, p.issuer), stubHtml(codeHref(p.service, p.code), target, title));
    n += 1;
  }
  for (const p of causeIssuerParams()) {
    const cause = getCause(p.cause);
    const issuer = getIssuer(p.issuer);
    if (!cause || !issuer) continue;
    const title = UI.pages.cause.metaTitleIssuer(cause.title, issuer.names.ja);
    const target = `${causeHref(p.cause)}?${ISSUER_QUERY}=${encodeURIComponent(p.issuer)}#${STEPS_ID}`;
    write(root, causeHref(p.cause, p.issuer), stubHtml(causeHref(p.cause), target, title));
    n += 1;
  }
  return n;
}

// Run as a script (not when a test imports stubHtml): the export's folder is the one argument.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2];
  if (!root) throw new Error("write-variant-stubs: give the export's folder");
  console.log(`write-variant-stubs: ${writeVariantStubs(root)} card-company addresses in ${root}`);
}
