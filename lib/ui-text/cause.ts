/**
 * Words of a cause and of a card company's part in it, wherever they show: code pages, cause pages, the
 * wizard's diagnosis. Defined once, so the three read alike.
 */
export const CAUSE_TEXT = {
  likelihood: {
    high: "可能性が高い",
    medium: "可能性あり",
    low: "まれ",
    /** The wizard's answers pointed at this cause, or spoke against it. */
    raised: "答えから、可能性が高い",
    lowered: "答えからは、可能性は低い",
  },
  /** Who can make the payment go through, as people say it. */
  fixer: {
    user: "ご自分で直せます",
    issuer: "カード会社への連絡が必要",
    merchant: "お店への連絡が必要",
    service: "時間をおくか、サービスの窓口へ",
  },
  stepsHeading: "手順",
  dontDoHeading: "してはいけないこと",
  waitHeading: "待つ時間",
  sourcesHeading: "出典",
  more: "くわしく",
  causePageLink: (title: string) => `「${title}」のページを見る`,
  wait: {
    after: (from: string, hours: number) => `${from}から ${hours} 時間後`,
    atHour: (hour: number) => `（その日の ${hour}:00 から）`,
    inputLabel: (from: string) => `${from}をした日時（日本時間）`,
    result: (when: string) => `${when}（日本時間）から使えるようになる見込みです。`,
    invalid: "日時を正しく入れてください。",
  },
  /** 「まず、これを」: the few actions for the most likely cause, right under the title. */
  answer: {
    heading: "まず、これを",
    cause: "いちばん多い原因",
    dontDo: "してはいけないこと",
    retry: "もう一度試せるのは",
    hurry: "急ぐとき",
    hurryText: "別のカードか、別の支払い方法をお使いください。",
    more: "くわしい手順とほかの原因",
  },
} as const;

/** A card company's own part of a step, and the box of its facts. `name` is the company's name. */
export const COMPANY_TEXT = {
  partFor: (name: string) => `${name}の場合`,
  /** Shown once per cause on pages where a company can be chosen, in place of its part. */
  pickHint: "カード会社を選ぶと、ここにその会社の案内が入ります。",
  threeDSecureLink: (name: string) => `${name}の本人認証サービスの案内ページ`,
  variant: (applies: string) => `${applies}の場合`,
  changedOn: (date: string) => `（${date} から）`,
  resetLink: "パスワードの再設定のページ",
  contactPage: (name: string) => `${name}の問い合わせのページ`,
  phonePurpose: { general: "カードのお問い合わせ", "lost-stolen": "紛失・盗難", security: "不正利用の相談" },
  /** Topics of a company's facts, as they read in 「…は、まだ確かめられていません」. */
  topic: {
    authMethod: "本人認証のしかた",
    passwordName: "パスワード・コードの呼び名",
    unlock: "本人認証のロックの解除",
    fraudUnlock: "不正利用の疑いで止まったときの解除",
    contact: "問い合わせ先",
  },
  threeDSecure: "本人認証サービス（3D セキュア）の案内ページ",
  unknown: (topics: string) => `${topics}は、このサイトではまだ確かめられていません。`,
  /** The official way in when a fact is unknown: the company's contact route, or its own 3-D Secure page. */
  routeContact: (name: string) => `${name}の窓口でお確かめください。`,
  routeSite: (name: string) => `カードの裏面に書かれている電話番号か、${name}の案内ページでお確かめください。`,
  routeSiteAbove: "カードの裏面に書かれている電話番号か、上の案内ページでお確かめください。",
  routeContactAbove: "上の問い合わせ先でお確かめください。",
  /** With no company chosen (the wizard's 「わからない」), what is always true. */
  general: {
    "three-d-secure": "登録してあるかどうかと登録のしかたは、カード会社の会員サイトか、カードの裏面の電話番号で確かめられます。",
    unlock: "解除の方法は、カードの裏面の電話番号でカード会社にお問い合わせください。",
    "fraud-unlock": "解除の方法は、カードの裏面の電話番号でカード会社にお問い合わせください。",
    contact: "問い合わせ先：カードの裏面に書かれている電話番号",
  },
} as const;
