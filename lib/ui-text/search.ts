/** Words of the search box, the /search page and the search index. */
export const SEARCH_TEXT = {
  label: "エラーコード・カード会社・症状で探す",
  placeholder: "例：PGSE37、ER323、セゾン",
  // Short enough to show whole in the box on a 360 px phone; the label above says the rest.
  heroPlaceholder: "例：PGSE37、本人認証",
  submit: "検索",
  hint: "画面に出た文字をそのまま入力できます（全角・記号付きでも大丈夫です）。",
  /** Shown the moment something like a card number is typed. */
  cardNumberWarning:
    "カード番号のような数字が入力されています。カード番号・セキュリティコード・パスワードは入力しないでください。検索はしていません。",
  cardNumberWarningServer:
    "カード番号のような数字が含まれていたため、検索していません。カード番号・セキュリティコード・パスワードは、検索に入力しないでください。",
  loading: "読み込み中…",
  loadFailed: "候補を読み込めませんでした。検索ボタンで結果ページを開けます。",
  resultsCount: (n: number) => `${n} 件の候補`,
  noSuggestions: "候補が見つかりません。Enter で検索結果ページを開きます。",
  /** In the suggestion list, above the options, for a code the catalog lacks. */
  missingShort: (code: string) => `「${code}」はまだ載っていません`,
  listboxLabel: "検索候補",
  kind: {
    code: "エラーコード",
    issuer: "カード会社",
    brand: "カードのブランド",
    service: "サービス",
    cause: "原因",
  },
  /**
   * Why a result matched, in plain words, or nothing (a title or a description is already on screen).
   * `what` is a code, an on-screen wording or a name from the catalog.
   */
  reason: {
    /** The query is this code, wording or name. */
    same: {
      code: (what: string) => (what ? `「${what}」と一致` : "入力したコードと一致"),
      alias: (what: string) => (what ? `画面の表示「${what}」と一致` : "画面の表示と一致"),
      name: (what: string) => (what ? `名前「${what}」と一致` : "名前と一致"),
    },
    /** What was typed is the start of this code or name, as it is being typed. */
    start: (what: string) => (what ? `「${what}」の始まりと一致` : "入力の始まりと一致"),
    /** A code of the same shape (a keystroke away, or the same letters): no claim that it was meant. */
    similar: "形の近いコード",
    /** Some words of the query are in this name or wording. */
    contains: (what: string) => `「${what}」の言葉と一致`,
    /** A word close to a typed one (a typo or a different ending). */
    close: "似た言葉で見つかりました",
    /** The match is the kana reading of this name: the name is shown, never the reading. */
    reading: (what: string) => `「${what}」の読み方と一致`,
  },
  /** The second line of a code's result for one card company (ER323 楽天). */
  forCompany: (company: string, detail: string) => `${company}の場合：${detail}`,
  causeSeenIn: (codes: readonly string[]) =>
    codes.length > 0 ? `${codes.slice(0, 3).join("・")}${codes.length > 3 ? " など" : ""}の原因` : "原因",
  /** The second line of a brand's result: its 3-D Secure programme's former names, or what the page is. */
  brandDetail: (formerNames: readonly string[]) =>
    formerNames.length > 0 ? `以前の名前：${formerNames.join("、")}` : "本人認証サービスの名前と対象のカード会社",
  page: {
    title: "検索",
    titleWithQuery: (q: string) => `「${q}」の検索結果`,
    heading: "検索",
    resultsHeading: (q: string) => `「${q}」の検索結果`,
    empty: "エラーコード、カード会社の名前、困っていること（例：本人認証 パスワード 間違えた）を入力してください。",
    none: (q: string) => `「${q}」に当てはまるものは見つかりませんでした。`,
    noneHelp: "表記を変えるか（例：ER-323 → ER323）、次をお試しください。",
    nearestHeading: "近いエラーコード",
    /** A code the catalog lacks: said before anything else. */
    missing: (code: string) => `「${code}」はまだ載っていません。`,
    missingHelp: "コードの意味はまだ調べられていません。次のものが手がかりになるかもしれません。",
    missingRelatedHeading: "形の近いコード・関係のある項目",
    checksLead: "まず確かめること",
    diagnoseLead: "コードがわからないときは、いくつかの質問に答えると原因を絞り込めます。",
    diagnoseLink: "質問に答えて原因を調べる",
    tooLong: (max: number) => `検索語が長すぎるため、最初の ${max} 文字で検索しました。`,
    needsJs:
      "この版のサイトでは、検索結果の表示に JavaScript を使います。JavaScript が使えない場合は、トップのエラーコード一覧からお探しください。",
    homeLink: "トップのエラーコード一覧へ",
  },
} as const;
