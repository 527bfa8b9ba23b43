/** Words for the card-company pages, the service pages and the lists that lead to them. */
export const PAGES_TEXT = {
  issuer: {
    breadcrumb: "カード会社",
    title: (name: string) => `${name}の本人認証サービス（3D セキュア）と問い合わせ先`,
    description: (name: string) =>
      `${name}の本人認証サービス（3D セキュア）の登録ページ、パスワードやコードの呼び名、止まったカードの解除と問い合わせ先を、出典つきでまとめています。`,
    threeDSecureHeading: "本人認証サービス（3D セキュア）の登録",
    threeDSecureLead: "登録や設定は、カード会社の案内ページから行います。",
    namesHeading: "ほかの呼び方",
    codesHeading: "このカード会社が関わるエラーコード",
    codesLead: "次のコードでは、手順の中にこのカード会社の案内が入ります。",
    noCodes: "このカード会社の案内が入るコードは、まだありません。",
    listTitle: "カード会社の一覧",
    listDescription: "カード会社ごとの本人認証サービス（3D セキュア）の案内ページと問い合わせ先の一覧です。",
    brandsNone: "まだ確かめられていません。",
  },
  service: {
    breadcrumb: "サービス",
    title: (name: string) => `${name}のエラーコード一覧`,
    description: (name: string, count: number) =>
      `${name}で出るエラーコード ${count} 件の意味と、原因ごとの直し方をまとめています。`,
    operator: "運営会社",
    notesHeading: "先に知っておきたいこと",
    codesHeading: "エラーコード",
    noCodes: "まだ登録されたコードはありません。",
    listTitle: "サービスの一覧",
    listDescription: "エラーコードが出るサービスの一覧です。",
  },
  cause: {
    breadcrumb: "原因",
    metaTitleIssuer: (title: string, issuer: string) => `${title}（${issuer}の場合）`,
    metaDescriptionIssuer: (summary: string, issuer: string) => `${summary}${issuer}での直し方・案内ページ・問い合わせ先もご案内します。`,
    whatToDo: "直し方",
    seenAs: "同じ問題が、こう表示されることもあります",
    seenAsLead: "次のエラーコードでも、この原因が考えられます。",
    noCodes: "この原因につながるエラーコードは、まだ登録されていません。",
    listTitle: "原因の一覧",
    listDescription: "カード決済が通らないときに考えられる原因と、それぞれの直し方の一覧です。エラーコードがわからないときは、困っていることから探せます。",
    listLead: "エラーコードがわからないときは、当てはまりそうな原因からお探しください。",
  },
  home: {
    issuersMore: "カード会社ごとの案内",
    servicesMore: (name: string) => `${name}のエラーコードをすべて見る`,
  },
} as const;
