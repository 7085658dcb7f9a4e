import { describe, expect, it } from 'vitest';
import { buildSecurityHeaders, createNonce, isEmbedPath } from './security-headers.ts';

describe('buildSecurityHeaders', () => {
  it('lets only scripts with the nonce run and refuses framing', () => {
    const headers = buildSecurityHeaders({
      scripts: { nonce: 'abc123==' },
      embeddable: false,
      development: false,
    });
    expect(headers['Content-Security-Policy']).toContain(
      "script-src 'self' 'nonce-abc123==' 'strict-dynamic'",
    );
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'");
    expect(headers['Content-Security-Policy']).not.toContain('unsafe-eval');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('lets any site frame an embed', () => {
    const headers = buildSecurityHeaders({
      scripts: { nonce: 'n' },
      embeddable: true,
      development: false,
    });
    expect(headers['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(headers).not.toHaveProperty('X-Frame-Options');
  });
});

describe('buildSecurityHeaders with hashes', () => {
  it.each([
    [['aGFzaDE=', 'aGFzaDI='], "script-src 'self' 'sha256-aGFzaDE=' 'sha256-aGFzaDI='"],
    // A page without inline scripts runs script files from this origin and nothing else.
    [[], "script-src 'self'"],
  ])('%j → %s', (hashes, expected) => {
    const policy = buildSecurityHeaders({
      scripts: { hashes },
      embeddable: false,
      development: false,
    })['Content-Security-Policy']!;
    expect(policy.split('; ')).toContain(expected);
  });
});

describe('createNonce', () => {
  it('is new every time and 128 bits long', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('isEmbedPath', () => {
  it.each([
    ['/embed/indicators/startup-fund', true],
    ['/en/embed/indicators/startup-fund', true],
    ['/embed', true],
    ['/indicators/startup-fund', false],
    ['/en/indicators/embed', false],
    ['/embedded', false],
    ['/', false],
  ])('%s → %s', (path, expected) => expect(isEmbedPath(path)).toBe(expected));
});
