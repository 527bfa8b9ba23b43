/** Words for the card-company pages, the service pages and the lists that lead to them. */
export const PAGES_TEXT = {
  companyParts: {
    // Never shown as a page: the browser fetches it to fill a company's parts into the page it is on.
    title: (name: string) => `${name}の案内（ページに入れる部品）`,
    noScript:
      "JavaScript が動かない環境では、カード会社ごとの手順はここに出せません。下は、どのカード会社にも当てはまる手順です。会社ごとの案内は「カード会社」の一覧から開けます。",
    loadFailed: "カード会社の案内を読み込めませんでした。ページを読み込み直すか、下の一覧からもう一度選んでください。",
  },
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
    secondaryCodes: (count: number) => `そのほかのコード（判定の確からしさなど、直す必要がほとんどないもの ${count} 件）`,
    listTitle: "カード会社の一覧",
    listDescription: "カード会社ごとの本人認証サービス（3D セキュア）の案内ページと問い合わせ先の一覧です。",
    brandsNone: "まだ確かめられていません。",
  },
  brand: {
    breadcrumb: "カードのブランド",
    title: (name: string, programme: string) => `${name}の本人認証（${programme}）`,
    description: (name: string, programme: string) =>
      `${name}のカードの本人認証サービス「${programme}」の今と昔の名前、買い物のときに何が起きるか、どのカード会社のカードが対象かをまとめています。`,
    nowCalled: (name: string, programme: string) => `${name}のカードの本人認証サービスは、いま「${programme}」といいます。`,
    formerly: "以前の名前",
    whatItMeans:
      "ネットでカードを使うとき、カード会社の画面でパスワードやワンタイムパスワードを入れたり、端末の情報で確かめたりして、本人の買い物かどうかを確かめるしくみです。登録や設定のしかたは、カード会社ごとに違います。",
    whatItMeansHeading: "買い物のときに起きること",
    officialPage: (name: string) => `${name}の案内ページ`,
    issuersHeading: "このブランドのカードを出しているカード会社",
    issuersLead: "カード会社を選ぶと、そのカード会社での登録や問い合わせの方法が分かります。",
    issuersNone: "このサイトに載っているカード会社では、まだ確かめられていません。",
    codesHeading: "本人認証で出るエラー",
    codesLink: "本人認証（3D セキュア）のエラーコードの一覧",
    listTitle: "カードのブランドと本人認証の名前",
    listDescription: "Visa・Mastercard・JCB・American Express・Diners Club の本人認証サービスの今と昔の名前です。",
    sourcesHeading: "出典",
  },
  service: {
    breadcrumb: "サービス",
    title: (name: string) => `${name}のエラーコード一覧`,
    description: (name: string, count: number) => `${name}で出るエラーコード ${count} 件の意味と、原因ごとの直し方をまとめています。`,
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
    listDescription:
      "カード決済が通らないときに考えられる原因と、それぞれの直し方の一覧です。エラーコードがわからないときは、困っていることから探せます。",
    listLead: "エラーコードがわからないときは、当てはまりそうな原因からお探しください。",
  },
  home: {
    issuersMore: "カード会社ごとの案内",
    servicesMore: (name: string) => `${name}のエラーコードをすべて見る`,
  },
} as const;
