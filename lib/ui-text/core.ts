/** The frame of the site: header, footer, home, code pages. Catalog content lives in data/. */
export const CORE_TEXT = {
  siteName: "決済エラーナビ",
  siteTagline: "カード決済のエラーコードから、原因とカード会社ごとの直し方がわかります",
  skipToContent: "本文へ移動",
  nav: { home: "トップ", codes: "エラーコード一覧" },
  home: {
    heading: "決済エラーの原因と直し方",
    lead: "画面に出たエラーコードを選ぶと、原因と、お使いのカード会社での直し方がわかります。",
    servicesHeading: "サービス別のエラーコード",
    issuersHeading: "本人認証サービス（3D セキュア）のカード会社別の案内",
    noCodes: "まだ登録されたコードはありません。",
  },
  code: {
    breadcrumbCodes: "エラーコード",
    meaningHeading: "このコードの意味",
    messageHeading: "画面に出る文言",
    messageParaphrase: "（文言の要約）",
    causesHeading: "考えられる原因と直し方",
    likelihood: { high: "可能性が高い", medium: "可能性あり", low: "まれ" },
    fixer: {
      user: "ご自分で直せます",
      issuer: "カード会社が直します",
      merchant: "お店が直します",
      service: "サービスの運営会社が直します",
    },
    stepsHeading: "手順",
    dontDoHeading: "してはいけないこと",
    waitHeading: "待つ時間",
    relatedHeading: "関連するコード",
    sourcesHeading: "出典",
    lastVerified: "最終確認日",
    meaningUnknown: "意味はわかっていません（公表された説明が見つかりません）",
    meaningUncertain: "意味は確かではありません",
  },
  confidence: {
    official: "公式",
    vendor: "決済事業者の資料",
    "third-party": "第三者の記事",
    seed: "元資料",
  },
  notFound: {
    title: "ページが見つかりません",
    body: "お探しのページは見つかりませんでした。アドレスをお確かめになるか、トップからエラーコードをお探しください。",
    backHome: "トップへ戻る",
  },
  footer: {
    disclaimer:
      "ここでの案内は公開された資料をもとにしています。最終的な判断はカード会社・サービスの案内に従ってください。カード番号・セキュリティコード・パスワードは、どこにも入力・送信しないでください。",
  },
} as const;
