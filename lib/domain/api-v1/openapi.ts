import { z } from 'zod';
import type { Translate } from '../translator.ts';
import {
  errorSchema,
  figureSchema,
  healthSchema,
  figuresQuerySchema,
  indicatorSchema,
  indicatorsQuerySchema,
  cursorPageOf,
  feedPageSchema,
  feedQuerySchema,
  pageOf,
  pledgeSchema,
  pledgesQuerySchema,
  sourceSchema,
  sourcesQuerySchema,
  searchQuerySchema,
  searchResultsSchema,
} from './schemas.ts';

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers use (OpenAPI
 * 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema writes).
 */

type Endpoint = {
  path: string;
  query: z.ZodObject;
  pathParams?: { name: string; description: string }[];
  response: z.ZodType;
  /** Key of the summary and description in messages/*.json (apiDocs.endpoints), unless `docs`. */
  operationId: string;
  /** Where the summary and description are when they belong to another feature's messages. */
  docs?: EndpointDocs;
};

/** A namespace of messages/*.json and the key under it holding `summary` and `description`. */
export interface EndpointDocs {
  namespace: 'apiDocs' | 'feed';
  key: string;
}

/** Where an endpoint's summary and description are in messages/*.json. */
export function toEndpointDocs(endpoint: Pick<Endpoint, 'operationId' | 'docs'>): EndpointDocs {
  return endpoint.docs ?? { namespace: 'apiDocs', key: `endpoints.${endpoint.operationId}` };
}

export const API_V1_ENDPOINTS: Endpoint[] = [
  {
    path: '/api/v1/indicators',
    operationId: 'listIndicators',
    query: indicatorsQuerySchema,
    response: pageOf(indicatorSchema),
  },
  {
    path: '/api/v1/indicators/{slug}',
    operationId: 'getIndicator',
    query: z.object({}).strict(),
    pathParams: [{ name: 'slug', description: 'indicator slug, e.g. "startup-fund"' }],
    response: indicatorSchema,
  },
  {
    path: '/api/v1/figures',
    operationId: 'listFigures',
    query: figuresQuerySchema,
    response: cursorPageOf(figureSchema),
  },
  {
    path: '/api/v1/pledges',
    operationId: 'listPledges',
    query: pledgesQuerySchema,
    response: pageOf(pledgeSchema),
  },
  {
    path: '/api/v1/sources',
    operationId: 'listSources',
    query: sourcesQuerySchema,
    response: pageOf(sourceSchema),
  },
  {
    path: '/api/v1/search',
    operationId: 'search',
    query: searchQuerySchema,
    response: searchResultsSchema,
  },
  {
    path: '/api/v1/feed',
    operationId: 'listFeed',
    query: feedQuerySchema,
    response: feedPageSchema,
    docs: { namespace: 'feed', key: 'api' },
  },
];

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

/** `t` gives a namespace of messages/*.json (the document is in English). */
export function buildOpenApiDocument(
  t: (namespace: EndpointDocs['namespace']) => Translate,
  serverUrl = '/',
): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const endpoint of API_V1_ENDPOINTS) {
    const docs = toEndpointDocs(endpoint);
    const shape = endpoint.query.shape as Record<string, z.ZodType>;
    const parameters = [
      ...(endpoint.pathParams ?? []).map((param) => ({
        name: param.name,
        in: 'path',
        required: true,
        description: param.description,
        schema: { type: 'string' },
      })),
      ...Object.entries(shape).map(([name, field]) => ({
        name,
        in: 'query',
        required: !field.safeParse(undefined).success,
        description: field.description,
        schema: toJsonSchema(field),
      })),
    ];
    paths[endpoint.path] = {
      get: {
        operationId: endpoint.operationId,
        summary: t(docs.namespace)(`${docs.key}.summary`),
        description: t(docs.namespace)(`${docs.key}.description`),
        parameters,
        responses: {
          '200': {
            description: 'OK. ETag and Cache-Control are set; send If-None-Match to get 304.',
            content: { 'application/json': { schema: toJsonSchema(endpoint.response) } },
          },
          '304': { description: 'Not modified since the ETag given in If-None-Match.' },
          '400': {
            description: 'A query parameter is unknown or invalid; the message names it.',
            content: { 'application/json': { schema: toJsonSchema(errorSchema) } },
          },
          ...(endpoint.pathParams
            ? {
                '404': {
                  description: 'No such record.',
                  content: { 'application/json': { schema: toJsonSchema(errorSchema) } },
                },
              }
            : {}),
          '503': {
            description:
              'The database is busy for the moment. Retry-After says how many seconds to wait.',
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: toJsonSchema(errorSchema) } },
          },
        },
      },
    };
  }
  paths['/api/health'] = {
    get: {
      operationId: 'getHealth',
      summary: 'Whether this server is ready to serve',
      description:
        'For load balancers and process managers. 200 when PostgreSQL answers and every migration this code expects is applied; 503 otherwise, with what is wrong. Never cached, sets no cookie, gives no stack trace.',
      parameters: [],
      responses: {
        '200': {
          description: 'Ready.',
          content: { 'application/json': { schema: toJsonSchema(healthSchema) } },
        },
        '503': {
          description: 'Not ready: the database does not answer, or a migration is pending.',
          content: { 'application/json': { schema: toJsonSchema(healthSchema) } },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pledgeboard read API',
      version: '1.0.0',
      description:
        'Gwangju policy pledges and the figures reported since, each with its source and exact quote. Values are exact decimals in base units (won, not 억원); dates carry their precision (YYYY, YYYY-MM or YYYY-MM-DD).',
    },
    servers: [{ url: serverUrl }],
    paths,
  };
}
