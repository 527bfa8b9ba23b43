/** The frame words of the diagnosis wizard (/diagnose). Questions and answers live in data/wizard.json. */
export const WIZARD_TEXT = {
  title: "質問に答えて原因を調べる",
  /** A step's tab title: the question or the result, then the wizard's name. */
  stepTitle: (step: string) => `${step}（質問に答えて原因を調べる）`,
  /** The header link to the wizard. */
  entry: "質問で原因を調べる",
  /** On the site's 404 page (a tampered wizard URL lands there too). */
  lead: "いくつかの質問に答えると、原因と、お使いのカード会社での直し方がわかります。カード番号・セキュリティコード・パスワードをお聞きすることはありません。",
  /**
   * Which question this is. How many follow depends on the answers, so no count is promised (a "5 left"
   * that turns into "3 left" after one answer reads as a mistake); the last one is said when it is sure.
   */
  progress: (n: number, last: boolean) => (last ? `質問 ${n}（これが最後の質問です）` : `質問 ${n}`),
  progressDone: "すべての質問に答えました",
  back: "戻る",
  restart: "最初から",
  change: "変更",
  answersHeading: "これまでの答え",
  codesOf: (service: string) => `${service}のコード`,
  codesOfCount: (service: string, n: number) => `${service}のコード（${n} 件）`,
  codeFilterLabel: "コードや言葉でしぼりこむ（例：PGSE37）",
  codeNoMatch: "当てはまるコードがありません。上の「この中にないコードが出ている」をお選びください。",
  likelyIssuers: "よく使われるカード会社",
  moreIssuers: "ほかのカード会社",
  noCodesYet: "このサービスのコードはまだ登録されていません。",
  searchInstead: "一覧にないコードは、検索でも探せます",
  diagnosisHeading: "診断の結果",
  sureness: {
    sure: "答えからは、この原因の可能性がとても高いです。",
    likely: "いちばん可能性が高いのは、この原因です。ほかの原因も念のためご覧ください。",
    several: "いくつかの原因が考えられます。上から順にお確かめください。",
    unclear: "原因ははっきりしません。まず一般的な確認から始めてください。",
  },
  topCause: "いちばん可能性が高い原因",
  chosenCode: "選んだコード",
  codePageLink: "このコードの詳しい説明を見る",
  chosenIssuer: "カード会社",
  issuerUnknown: "選ばれていません（そのほか・わからない）",
  /** Where the browser fills the chosen company in and cannot (no JavaScript): no name, never a wrong one. */
  issuerChosenUnnamed: "お選びのカード会社",
  serviceNotes: (service: string) => `${service}について先に知っておきたいこと`,
  stillStuckHeading: "それでも解決しないとき",
  stillStuck: [
    "カードの裏面に書かれている電話番号で、カード会社にお問い合わせください。お店やサービスの窓口には、カードが通らない理由が見えないことがあります。",
    "急ぐときは、本人認証サービス（3D セキュア 2.0）に対応した別のカードか、別の支払い方法をお使いください。",
  ],
} as const;
