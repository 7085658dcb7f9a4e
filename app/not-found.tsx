/** 404 for requests outside the localized pages (e.g. a missing file); pages use app/[locale]/(site)/not-found.tsx. */
export default function GlobalNotFound() {
  return (
    <html lang="ko">
      <body>
        <main className="site-main not-found-page">
          <h1>페이지를 찾을 수 없습니다 · Page not found</h1>
          <p>
            <a href="/">공약 대시보드 개요로 돌아가기</a> ·{' '}
            <a href="/en" lang="en">
              Back to Pledgeboard
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
