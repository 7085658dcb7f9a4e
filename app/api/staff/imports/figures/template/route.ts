import { toFigureImportTemplate } from '@/lib/domain/import-template';

/** The import template: header row and one example row, UTF-8 with BOM so Korean Excel opens it right. */
export function GET(request: Request) {
  const locale = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'ko';
  return new Response(toFigureImportTemplate(undefined, locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pledgeboard-figures-template-${locale}.csv"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
