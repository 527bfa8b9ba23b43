import { createCanonicalizer } from "./canonicalize";
import { normalizeText } from "./normalize";
import { KANA_READINGS } from "./readings";

/**
 * Words people use for the same thing. Each group folds to its first word, in the index and in the query,
 * so 「3-Dセキュア」 finds pages that say 「本人認証サービス」. Card-brand programme names (current and
 * former) are added from the catalog's brands by buildSynonymTable, and the kana readings of kanji words
 * (lib/search/readings.ts) after them.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    "本人認証",
    "本人認証サービス",
    "本人確認サービス",
    "3Dセキュア",
    "3-Dセキュア",
    "3Dセキュア2.0",
    "3Dセキュア2",
    "すりーでぃーせきゅあ",
    "スリーディーセキュア",
    "3D Secure",
    "3-D Secure",
    "3DSecure",
    "3DS",
    "3DS2",
    "3DS2.0",
    "EMV 3-D Secure",
    "EMV 3DS",
    "EMV 3-D セキュア",
    "Visa Secure",
    "Verified by Visa",
    "VISA認証サービス",
    "Mastercard ID Check",
    "Mastercard Identity Check",
    "MasterCard SecureCode",
    "SecureCode",
    "J/Secure",
    "JSecure",
    "SafeKey",
    "American Express SafeKey",
    "ProtectBuy",
  ],
  ["パスワード", "ぱすわーど", "PW"],
  ["間違", "間違え", "間違い", "誤り", "ミス", "打ち間違い", "入力ミス"],
  ["ロック", "ろっく", "止め", "止まっ", "停止", "凍結"],
  ["不正利用", "不正使用", "不正"],
  ["上限", "限度額", "限度", "利用限度"],
  ["エラー", "えらー", "error", "err"],
  ["チャージ", "ちゃーじ", "charge", "入金"],
  ["登録", "せってい登録"],
  ["カード会社", "発行会社", "イシュア"],
  // How a declined card is worded on shop screens and in English; all mean the card could not be used.
  ["使えない", "承認されませんでした", "承認されません", "承認されない", "declined"],
  // Wallet names people write in katakana or run together (Apple Pay の PASMO).
  ["Apple Pay", "アップルペイ", "ApplePay"],
];

export type SynonymTable = readonly (readonly [variant: string, canonical: string])[];

const byLength = (pairs: Map<string, string>): SynonymTable =>
  [...pairs].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));

/**
 * Each variant in normalised form with the normalised form of its group's first word, longest first.
 * A kana reading folds to whatever its written word folds to (げんど → 限度 → 上限), so a reading and its
 * kanji are one word to the engine. A variant listed twice keeps its first group.
 */
export function buildSynonymTable(extraGroups: readonly (readonly string[])[] = []): SynonymTable {
  const pairs = new Map<string, string>();
  for (const group of [...SYNONYM_GROUPS, ...extraGroups]) {
    const head = group[0];
    if (head === undefined) continue;
    const canonical = normalizeText(head);
    if (canonical === "") continue;
    for (const word of group) {
      const variant = normalizeText(word);
      if (variant !== "" && variant !== canonical && !pairs.has(variant)) pairs.set(variant, canonical);
    }
  }
  const fold = createCanonicalizer(byLength(pairs));
  for (const [written, ...readings] of KANA_READINGS) {
    const canonical = fold(normalizeText(written));
    for (const reading of readings) {
      const variant = normalizeText(reading);
      if (variant !== "" && variant !== canonical && !pairs.has(variant)) pairs.set(variant, canonical);
    }
  }
  return byLength(pairs);
}
