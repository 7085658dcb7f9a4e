import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { API_V1_ENDPOINTS, toEndpointDocs } from '@/lib/domain/api-v1/openapi';
import { DOWNLOAD_FORMATS } from '@/lib/domain/download-query';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = pageTitle('apiDocs', 'title');

const EXAMPLES: Record<string, string> = {
  listIndicators: '/api/v1/indicators?theme=startups',
  getIndicator: '/api/v1/indicators/startup-fund',
  listFigures: '/api/v1/figures?indicator=startup-fund',
  listPledges: '/api/v1/pledges?status=ACHIEVED',
  listSources: '/api/v1/sources?pageSize=2',
};

/** The API, for people: the same endpoint list and zod schemas the OpenAPI document is built from. */
export default async function DevelopersPage({ params }: PageProps) {
  await readLocale(params);
  const t = await getTranslations('apiDocs');
  const words = { apiDocs: t, feed: await getTranslations('feed') };
  return (
    <article>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p>
        <a href="/api/v1/openapi.json">{t('openapi')}</a> · <code>/api/v1/openapi.json</code>
      </p>
      <p className="notice">{t('errors')}</p>
      {API_V1_ENDPOINTS.map((endpoint) => {
        const shape = endpoint.query.shape as Record<string, z.ZodType>;
        const rows = Object.entries(shape).map(([name, field]) => {
          const schema = z.toJSONSchema(field, { io: 'output', unrepresentable: 'any' }) as Record<
            string,
            unknown
          >;
          const constraints = [
            schema.type,
            schema.enum ? (schema.enum as string[]).join(' | ') : null,
            schema.format,
            schema.minimum !== undefined ? `≥ ${schema.minimum}` : null,
            schema.maximum !== undefined && Number(schema.maximum) < 1e9
              ? `≤ ${schema.maximum}`
              : null,
          ].filter(Boolean);
          return {
            name,
            type: constraints.join(', '),
            defaultValue: schema.default,
            description: field.description,
          };
        });
        const docs = toEndpointDocs(endpoint);
        return (
          <section key={endpoint.operationId} aria-labelledby={`endpoint-${endpoint.operationId}`}>
            <h2 id={`endpoint-${endpoint.operationId}`}>
              {words[docs.namespace](`${docs.key}.summary`)}
            </h2>
            <p>
              <code>GET {endpoint.path}</code>
            </p>
            <p>{words[docs.namespace](`${docs.key}.description`)}</p>
            {rows.length === 0 ? (
              <p className="citation">{t('noParameters')}</p>
            ) : (
              <div
                className="table-wrap"
                role="region"
                aria-label={`${endpoint.path} — ${t('parameters')}`}
                tabIndex={0}
              >
                <table className="data">
                  <caption>{t('parameters')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('type')}</th>
                      <th scope="col">{t('default')}</th>
                      <th scope="col">{t('description')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.name}>
                        <th scope="row">
                          <code>{row.name}</code>
                        </th>
                        <td>{row.type}</td>
                        <td>{row.defaultValue === undefined ? '' : String(row.defaultValue)}</td>
                        <td lang="en">{row.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p>
              {t('example')}:{' '}
              <a href={EXAMPLES[endpoint.operationId]}>{EXAMPLES[endpoint.operationId]}</a>
            </p>
          </section>
        );
      })}
      <DownloadFormats />
    </article>
  );
}

/** What each download format promises: the CSV for Excel guards formulas, the CSV for scripts does not. */
async function DownloadFormats() {
  const t = await getTranslations('downloads');
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <dl className="download-formats">
        {DOWNLOAD_FORMATS.map((format) => (
          <div key={format}>
            <dt>
              {t(`format.${format}`)} · <code>format={format}</code>
            </dt>
            <dd>{t(`contract.${format}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
