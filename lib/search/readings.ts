/**
 * Kana readings of the words the catalog writes in kanji, for people who type a symptom in hiragana at a
 * till (げんど, ざんだか, あんしょうばんごう). buildSynonymTable folds each reading into what its written
 * word folds to, so the index and the query meet there and a reading ranks exactly like the kanji word.
 *
 * Chosen from the words that occur most in the catalog's cause and code titles (npx tsx over
 * lib/catalog counted them), not from a dictionary: a morphological dictionary would be far too heavy for
 * the index the browser loads. Katakana words need nothing here (ろっく already folds to ロック).
 *
 * A reading is replaced wherever it occurs in a run of kana, like any synonym, so a word typed in one run
 * (りようげんど, ざんだかがたりない) is found too; a longer reading wins over a shorter one inside it.
 * Readings shorter than three kana would match inside too many unrelated words and are left out.
 */
export const KANA_READINGS: readonly (readonly [written: string, ...readings: string[]])[] = [
  // 3-D Secure and its parts
  ["本人", "ほんにん"],
  ["本人確認", "ほんにんかくにん"],
  ["本人認証", "ほんにんにんしょう"],
  ["本人認証サービス", "ほんにんにんしょうさーびす"],
  ["認証", "にんしょう"],
  ["登録", "とうろく"],
  ["事前登録", "じぜんとうろく"],
  ["失敗", "しっぱい"],
  ["確認", "かくにん"],
  ["画面", "がめん"],
  ["端末", "たんまつ"],
  // limits and money
  ["上限", "じょうげん"],
  ["限度", "げんど"],
  ["限度額", "げんどがく"],
  ["利用限度", "りようげんど"],
  ["利用限度額", "りようげんどがく"],
  ["利用", "りよう"],
  ["回数", "かいすう"],
  ["金額", "きんがく"],
  ["残高", "ざんだか"],
  ["口座", "こうざ"],
  ["足りない", "たりない"],
  ["制限", "せいげん"],
  ["超えた", "こえた"],
  ["超える", "こえる"],
  ["支払", "しはらい", "しはらう"],
  ["決済", "けっさい"],
  ["取引", "とりひき"],
  // what was typed
  ["入力", "にゅうりょく"],
  ["番号", "ばんごう"],
  ["暗証番号", "あんしょうばんごう"],
  ["有効期限", "ゆうこうきげん"],
  ["期限", "きげん"],
  ["間違", "まちがう"],
  ["間違え", "まちがえ"],
  ["間違い", "まちがい"],
  ["違う", "ちがう"],
  // the card or the account stopped
  ["不正利用", "ふせいりよう"],
  ["不正", "ふせい"],
  ["停止", "ていし"],
  ["保留", "ほりゅう"],
  ["拒否", "きょひ"],
  ["盗難", "とうなん"],
  ["使えない", "つかえない"],
  ["届かない", "とどかない"],
  ["時間", "じかん"],
  ["時間切れ", "じかんぎれ"],
  ["一時的", "いちじてき"],
  ["障害", "しょうがい"],
  ["復旧", "ふっきゅう"],
  ["手続", "てつづき"],
  ["再発行", "さいはっこう"],
  ["会員", "かいいん"],
  ["カード会社", "かーどがいしゃ"],
  ["発行会社", "はっこうがいしゃ"],
];
