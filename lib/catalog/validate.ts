import type { CatalogProblem } from "./problem";
import { type FieldText, repeatedSentences } from "./repeated-sentences";
import type { Catalog, EntityKind } from "./schema/catalog";
import { factVariants, ISSUER_FACT_KEYS } from "./schema/issuer";
import { isSlug } from "./slug";
import { validateWizard } from "../wizard/validate";

const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Checks the rules that zod's shapes cannot: references between entries, unique ids, URL-safe
 * slugs, https links, and that every claim has a source. Pure: returns the problems, throws nothing.
 */
export function validateCatalog(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const fileOf = (kind: EntityKind, id: string) => catalog.origins[`${kind}:${id}`] ?? "(unknown)";
  const report = (kind: EntityKind, id: string, field: string, message: string) =>
    problems.push({ file: fileOf(kind, id), entry: id, field, message });

  // Ids that exist, counting entries already reported for their shape (so they are not "missing" too).
  const known = (kind: EntityKind, ids: readonly string[]) =>
    new Set([...ids, ...catalog.rejected.filter((r) => r.startsWith(`${kind}:`)).map((r) => r.slice(kind.length + 1))]);
  const sourceIds = known(
    "source",
    catalog.sources.map((s) => s.id),
  );
  const causeIds = known(
    "cause",
    catalog.causes.map((c) => c.id),
  );
  const brandIds = known(
    "brand",
    catalog.brands.map((b) => b.id),
  );
  const serviceIds = known(
    "service",
    catalog.services.map((s) => s.id),
  );
  const issuerIds = known(
    "issuer",
    catalog.issuers.map((i) => i.id),
  );
  const codeKeys = known(
    "code",
    catalog.codes.map((c) => c.key),
  );

  const checkUnique = (kind: EntityKind, ids: readonly string[], field: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) report(kind, id, field, `id「${id}」が重複しています`);
      seen.add(id);
    }
  };
  const checkSlug = (kind: EntityKind, entry: string, field: string, value: string) => {
    if (!isSlug(value)) report(kind, entry, field, `「${value}」は a-z・0-9・ハイフンだけで書いてください`);
  };
  const checkUrl = (kind: EntityKind, entry: string, field: string, url: string) => {
    if (!isHttps(url)) report(kind, entry, field, `URL「${url}」は https で始まる正しい URL にしてください`);
  };
  const checkSources = (kind: EntityKind, entry: string, field: string, refs: readonly string[], required: boolean) => {
    if (required && refs.length === 0) report(kind, entry, field, "出典がありません。少なくとも 1 つ挙げてください");
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref)) report(kind, entry, `${field}[${i}]`, `出典「${ref}」が sources.json にありません`);
    });
  };

  checkUnique(
    "source",
    catalog.sources.map((s) => s.id),
    "id",
  );
  checkUnique(
    "brand",
    catalog.brands.map((b) => b.id),
    "id",
  );
  checkUnique(
    "service",
    catalog.services.map((s) => s.id),
    "id",
  );
  checkUnique(
    "issuer",
    catalog.issuers.map((i) => i.id),
    "id",
  );
  checkUnique(
    "cause",
    catalog.causes.map((c) => c.id),
    "id",
  );
  checkUnique(
    "code",
    catalog.codes.map((c) => c.key),
    "slug",
  );

  for (const s of catalog.sources) {
    checkSlug("source", s.id, "id", s.id);
    if ((s.url === undefined) === (s.seed === undefined)) {
      report("source", s.id, "url", "url と seed のどちらか一方だけを書いてください");
    }
    if (s.url !== undefined) checkUrl("source", s.id, "url", s.url);
    if (s.seed !== undefined && !SEED_FILE.test(s.seed)) {
      report("source", s.id, "seed", `「${s.seed}」は seeds/ のファイル名の形（例: 000_0123456789abcdef.txt）ではありません`);
    }
  }

  for (const b of catalog.brands) {
    checkSlug("brand", b.id, "id", b.id);
    checkUrl("brand", b.id, "url", b.url);
    checkSources("brand", b.id, "sources", b.sources, true);
  }

  for (const s of catalog.services) {
    checkSlug("service", s.id, "id", s.id);
    checkSources("service", s.id, "sources", s.sources, true);
    s.notes.forEach((n, i) => checkSources("service", s.id, `notes[${i}].sources`, n.sources, true));
    if (s.featuredIssuers) {
      checkSources("service", s.id, "featuredIssuers.sources", s.featuredIssuers.sources, true);
      s.featuredIssuers.ids.forEach((id, i) => {
        if (!issuerIds.has(id)) report("service", s.id, `featuredIssuers.ids[${i}]`, `カード会社「${id}」が issuers.json にありません`);
      });
    }
  }

  for (const iss of catalog.issuers) {
    checkSlug("issuer", iss.id, "id", iss.id);
    checkUrl("issuer", iss.id, "threeDSecure.url", iss.threeDSecure.url);
    checkSources("issuer", iss.id, "threeDSecure.sources", iss.threeDSecure.sources, true);
    checkSources("issuer", iss.id, "brandSources", iss.brandSources, iss.brands.length > 0);
    iss.brands.forEach((b, i) => {
      if (!brandIds.has(b)) report("issuer", iss.id, `brands[${i}]`, `ブランド「${b}」が brands.json にありません`);
    });
    if (iss.contact === undefined) {
      report(
        "issuer",
        iss.id,
        "contact",
        "問い合わせ先がありません。電話番号が確かめられないときは、公式の問い合わせページ（page）を書いてください",
      );
    }
    if (iss.passwordName?.resetUrl !== undefined) checkUrl("issuer", iss.id, "passwordName.resetUrl", iss.passwordName.resetUrl);
    if (iss.contact?.page !== undefined) checkUrl("issuer", iss.id, "contact.page", iss.contact.page);
    iss.contact?.phones?.forEach((ph, i) => checkSources("issuer", iss.id, `contact.phones[${i}].sources`, ph.sources, true));
    const texts: FieldText[] = iss.threeDSecure.datedNote ? [{ field: "threeDSecure.datedNote", text: iss.threeDSecure.datedNote }] : [];
    for (const part of ISSUER_FACT_KEYS) {
      const fact = iss[part];
      if (!fact) continue;
      checkSources("issuer", iss.id, `${part}.sources`, fact.sources, true);
      texts.push({ field: `${part}.text`, text: fact.text });
      factVariants(fact).forEach((v, i) => {
        checkSources("issuer", iss.id, `${part}.variants[${i}].sources`, v.sources, true);
        texts.push({ field: `${part}.variants[${i}].text`, text: v.text });
      });
    }
    for (const r of repeatedSentences(texts)) {
      report(
        "issuer",
        iss.id,
        r.field,
        `「${r.sentence}」は ${r.firstField} にもあります。ページでは続けて表示されるので、1 か所にまとめてください`,
      );
    }
  }

  for (const c of catalog.causes) {
    checkSlug("cause", c.id, "id", c.id);
    checkSources("cause", c.id, "sources", c.sources, true);
    c.steps.forEach((st, i) => checkSources("cause", c.id, `steps[${i}].sources`, st.sources, false));
  }

  const formerOwner = new Map<string, string>();
  for (const code of catalog.codes) {
    const id = code.key;
    checkSlug("code", id, "slug", code.slug);
    if (!serviceIds.has(code.service)) {
      report("code", id, "service", `サービス「${code.service}」が services.json にありません`);
    } else {
      checkSlug("code", id, "service", code.service);
    }
    if (code.causes.length === 0)
      report("code", id, "causes", "原因が 1 つもありません。わからない場合も一般的な確認の原因を結び付けてください");
    code.causes.forEach((ref, i) => {
      if (!causeIds.has(ref.cause)) report("code", id, `causes[${i}].cause`, `原因「${ref.cause}」が causes/ にありません`);
    });
    code.related.forEach((key, i) => {
      if (!codeKeys.has(key)) report("code", id, `related[${i}]`, `関連コード「${key}」（サービス/スラッグ）がありません`);
      if (key === id) report("code", id, `related[${i}]`, "自分自身を関連コードにしています");
    });
    code.formerKeys.forEach((key, i) => {
      const [svc, slug, ...rest] = key.split("/");
      if (!svc || !slug || rest.length > 0 || !isSlug(svc) || !isSlug(slug)) {
        report("code", id, `formerKeys[${i}]`, `「${key}」は「サービス/スラッグ」の形で書いてください`);
      } else if (codeKeys.has(key)) {
        report("code", id, `formerKeys[${i}]`, `「${key}」はいまも別のコードのページです。古いアドレスは 1 つのコードにだけ転送できます`);
      } else if (formerOwner.has(key) && formerOwner.get(key) !== id) {
        report("code", id, `formerKeys[${i}]`, `「${key}」は ${formerOwner.get(key)} の formerKeys にもあります`);
      }
      formerOwner.set(key, formerOwner.get(key) ?? id);
    });
    checkSources("code", id, "sources", code.sources, true);
    if (code.message) checkSources("code", id, "message.sources", code.message.sources, true);
    if (code.meaning !== "known" && code.meaningNote === undefined) {
      report("code", id, "meaningNote", "意味が確かでないコードには、そのことを説明する meaningNote が必要です");
    }
  }

  problems.push(...validateWizard(catalog));
  return problems;
}
