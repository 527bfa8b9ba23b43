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
  ["パスワード", "ぱすわーど", "PW", "password", "passwords"],
  // Symptoms, and the English words of payment screens (Stripe-, Apple- and Google-style) for them: each
  // group folds to the word the catalog writes, so 「残高不足」「insufficient funds」 meet 「残高が足りない」.
  ["ワンタイムパスワード", "ワンタイムパス", "ワンタイム", "認証コード", "確認コード", "OTP", "one-time password", "one time password", "onetime password", "one-time passcode", "passcode", "verification code", "sms code"],
  ["セキュリティコード", "セキュリティーコード", "CVV", "CVV2", "CVC", "CVC2", "CID", "security code", "card security code"],
  ["暗証番号", "PIN", "PINコード", "ピン", "pin code"],
  ["カード番号", "card number", "card no"],
  ["間違", "間違え", "間違い", "誤り", "ミス", "打ち間違い", "入力ミス", "違う", "違い", "違います", "incorrect", "wrong", "invalid", "mismatch", "mistyped"],
  ["ロック", "ろっく", "止め", "止まっ", "停止", "凍結", "ブロック", "locked", "lock", "blocked", "block", "suspended", "frozen"],
  ["不正利用", "不正使用", "不正検知", "不正", "fraud", "fraudulent", "suspected fraud", "unauthorized"],
  ["上限", "限度額", "限度", "利用限度", "利用枠", "ショッピング枠", "利用可能枠", "利用可能額", "枠", "limit", "limits", "credit limit", "spending limit"],
  ["超え", "超過", "越え", "オーバー", "達し", "いっぱい", "exceeded", "exceeds", "exceed", "over the limit", "over limit"],
  ["残高 不足", "low card balance", "low balance"],
  ["不足", "足りない", "足りません", "足りず", "足らない", "たりない", "たりません", "insufficient", "not enough"],
  ["残高", "funds", "balance", "available balance"],
  ["期限切れ", "期限が切れ", "期限を過ぎ", "期限が過ぎ", "expired", "expiry", "expiration", "out of date"],
  ["届かない", "届きません", "届いていない", "届かず", "来ない", "こない", "来ません", "受信できない", "受け取れない", "not received", "not receiving", "didn't receive", "did not receive", "not arriving", "never arrived", "no sms"],
  ["開かない", "開かなかった", "表示されない", "表示されません", "出ない", "出てこない", "出てきません", "not displayed", "not showing", "not shown", "doesn't appear", "does not appear", "blank screen"],
  ["忘れ", "わすれ", "思い出せない", "forgot", "forgotten", "forget", "don't remember"],
  ["二重", "重複", "2回", "二回", "double", "duplicate", "twice", "charged twice"],
  ["回数", "何度も", "何回も", "繰り返し", "velocity", "too many times", "too many attempts"],
  ["失敗", "failed", "failure", "fails", "fail", "unsuccessful"],
  ["認証", "authentication", "authenticate", "verification", "verify"],
  ["盗難", "紛失", "stolen", "lost", "theft"],
  ["一時的", "しばらくして", "時間をおいて", "時間を置いて", "時間をあけて", "temporarily", "temporary", "try again later", "processing error", "try later"],
  ["分割払い", "支払い回数", "分割", "リボ払い", "リボ", "ボーナス払い", "installment", "installments", "revolving"],
  ["登録されていない", "未登録", "登録していない", "登録がない", "not enrolled", "not registered", "unregistered"],
  ["対応していない", "非対応", "未対応", "not supported", "unsupported", "does not support", "not compatible"],
  ["デビット", "debit"],
  ["クレジットカード", "credit card", "credit cards"],
  ["クレジット", "credit"],
  ["必要", "required", "requires", "needed"],
  ["カード", "card", "cards"],
  ["決済", "お支払い", "支払い", "支払", "取引", "payment", "payments", "purchase", "transaction", "transactions"],
  ["店", "お店", "店舗", "加盟店", "ショップ", "shop", "store", "merchant"],
  ["海外", "overseas", "abroad", "foreign", "international"],
  ["エラー", "えらー", "error", "err"],
  ["チャージ", "ちゃーじ", "charge", "入金", "top up", "top-up"],
  ["登録", "せってい登録", "enrolled", "enroll", "registered", "register", "registration"],
  ["カード会社", "発行会社", "イシュア", "issuer", "card issuer", "issuing bank"],
  // How a declined payment is worded on shop screens and in English: someone (the card company, the
  // shop's system) said no. Apart from 「使えない」 below, which half the catalog's titles say of anything
  // (a card, a brand, a service): folded together, 「declined」 would fit every one of them alike.
  ["断られ", "断っ", "断ら", "拒否", "承認されませんでした", "承認されません", "承認されない", "承認されなかった", "通らない", "通りません", "通らなかった", "弾かれ", "はじかれ", "declined", "decline", "rejected", "refused", "denied", "do not honor", "not honored"],
  // A card that cannot be used here (a shop that does not take it).
  ["使えない", "扱っていない", "扱えない", "取り扱いできません", "お取り扱いできません", "取扱不可", "not accepted"],
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
    // A head holding a shorter variant of its own group (ワンタイムパスワード holds ワンタイムパス) is matched
    // as itself first, so the variant inside it is not replaced, leaving 「わど」.
    if (group.some((w) => normalizeText(w) !== canonical && canonical.includes(normalizeText(w))) && !pairs.has(canonical))
      pairs.set(canonical, canonical);
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
