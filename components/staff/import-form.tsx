'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  formatBytes,
  formatImportIssue,
  IMPORT_ISSUE_MESSAGES,
} from '@/lib/domain/format-import-issue';
import type { FigureImportAnswer } from '@/lib/domain/import-columns';
import { FormAlert } from './form-field';
import { sendStaffRequest, StaffRequestError } from './use-staff-mutation';
import { useMutation } from '@tanstack/react-query';

/**
 * Check a CSV (every row's result counted, the first rows and problems listed, nothing written),
 * then import it all at once. `limits` are the server's settings, for the hint.
 */
export function ImportForm({ limits }: { limits: { maxBytes: number; maxRows: number } }) {
  const t = useTranslations('staffImport');
  const errors = useTranslations('staff.errors');
  const issueMessages = useTranslations(IMPORT_ISSUE_MESSAGES);
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation<FigureImportAnswer, StaffRequestError, { dryRun: boolean }>({
    mutationFn: async ({ dryRun }) => {
      if (!file) throw new StaffRequestError({ status: 0, code: 'required', message: 'no file' });
      return sendStaffRequest<FigureImportAnswer>(
        'POST',
        `/api/staff/imports/figures${dryRun ? '?dryRun=1' : ''}`,
        { csv: file },
      );
    },
  });
  const answer = upload.data ?? (upload.error?.detail as unknown as FigureImportAnswer | undefined);
  const result = answer?.result;
  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    upload.mutate({ dryRun: true });
  };
  return (
    <>
      <form className="staff-form" onSubmit={onCheck} noValidate>
        <div className="form-field">
          <label htmlFor="csv-file">{t('file')}</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="csv-file-hint"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              upload.reset();
            }}
          />
          <p className="form-hint" id="csv-file-hint">
            {t('fileHint', { maxBytes: formatBytes(limits.maxBytes), maxRows: limits.maxRows })}
          </p>
        </div>
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {t('check')}
        </button>
      </form>

      {upload.error && !result ? (
        <FormAlert tone="error">
          {errors.has(upload.error.detail.code)
            ? errors(upload.error.detail.code, { minutes: 15, max: 0, input: '' })
            : errors('internal')}
        </FormAlert>
      ) : null}

      {upload.data && !upload.data.dryRun ? (
        <FormAlert tone="success">
          <span data-testid="import-done">
            {t('done', {
              count: upload.data.imported ?? 0,
              duplicate: upload.data.summary.duplicate,
            })}
          </span>
        </FormAlert>
      ) : null}

      {result && answer && (answer.dryRun || upload.isError) ? (
        <section aria-labelledby="import-result">
          <h2 id="import-result">{t('resultTitle')}</h2>
          <p data-testid="import-summary">
            {t('summary', {
              rows: answer.summary.rows,
              new: answer.summary.new,
              duplicate: answer.summary.duplicate,
              error: answer.summary.error,
            })}
            {result.encoding ? ` · ${t('encoding', { encoding: result.encoding })}` : null}
          </p>
          {result.fileErrors.length > 0 ? (
            <FormAlert tone="error">
              <ul>
                {result.fileErrors.map((issue, index) => (
                  <li key={index}>{formatImportIssue(issue, issueMessages, locale)}</li>
                ))}
              </ul>
            </FormAlert>
          ) : null}
          {answer.summary.listedIssues < answer.summary.issues ? (
            <p data-testid="import-truncated">
              {t('truncated', {
                listed: answer.summary.listedIssues,
                issues: answer.summary.issues,
              })}
            </p>
          ) : null}
          {result.rows.length > 0 && result.rows.length < answer.summary.rows ? (
            <p>{t('rowsListed', { listed: result.rows.length, rows: answer.summary.rows })}</p>
          ) : null}
          {result.rows.length > 0 ? (
            <div className="table-wrap" role="region" aria-label={t('resultTitle')} tabIndex={0}>
              <table className="data" data-testid="import-rows">
                <caption>{t('resultTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('row')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.row} className={`import-row--${row.status}`}>
                      <th scope="row">{row.row}</th>
                      <td>{t(`statuses.${row.status}`)}</td>
                      <td>
                        {row.status === 'error' ? (
                          <ul className="import-issues">
                            {row.issues.map((issue, index) => (
                              <li key={index}>{formatImportIssue(issue, issueMessages, locale)}</li>
                            ))}
                          </ul>
                        ) : row.status === 'duplicate' ? (
                          t('duplicateOf', { slug: row.duplicateOf ?? '' })
                        ) : (
                          `${row.figure?.indicator} · ${row.figure?.value} · ${row.figure?.observedOn} → ${row.figure?.slug}`
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {answer.dryRun && answer.importable ? (
            <button
              type="button"
              className="button"
              disabled={upload.isPending}
              onClick={() => upload.mutate({ dryRun: false })}
            >
              {t('import', { count: answer.summary.new })}
            </button>
          ) : answer.dryRun ? (
            <p className="form-error">{t('fixFirst')}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
