// The answer when the search queue is full (503). Written out here rather than rendered: it must cost
// nothing at the moment the server is busiest. Same words as elsewhere: short, and what to do next.
export const BUSY_PAGE = `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>混み合っています | 決済エラーナビ</title></head>
<body>
<main>
<h1>ただいま検索が混み合っています</h1>
<p>数秒おいてから、もう一度お試しください。</p>
<p><a href="/">トップページ</a>のコード一覧や、<a href="/diagnose">質問で原因を調べる</a>ページは、いまも使えます。</p>
</main>
</body>
</html>
`;
