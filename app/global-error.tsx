'use client';

/**
 * Last resort when even the layout fails: no translations are available here, so it speaks both
 * languages. Only the digest reaches the browser, never the message or stack.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;
  return (
    <html lang="ko">
      <body>
        <main
          style={{
            maxWidth: '40rem',
            margin: '2rem auto',
            padding: '0 1.25rem',
            fontFamily: 'system-ui, sans-serif',
          }}
          role="alert"
        >
          <h1>
            문제가 생겼습니다 · <span lang="en">Something went wrong</span>
          </h1>
          <p>
            이 페이지를 불러오는 중 서버에서 오류가 났습니다. 데이터는 그대로이니 잠시 뒤 다시
            시도하세요.
          </p>
          <p lang="en">
            The server hit an error while loading this page. No data was changed; please try again
            shortly.
          </p>
          {digest ? <p>Ref: {digest}</p> : null}
          <button type="button" onClick={() => retry()}>
            다시 시도 · <span lang="en">Try again</span>
          </button>
        </main>
      </body>
    </html>
  );
}
