import 'server-only';
import {
  FORM_OPTION_LIMIT,
  type FormOption,
  type FormOptionKind,
  type IndicatorOption,
} from '../../domain/form-option.ts';
import { localized } from '../../domain/localized.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import type { IndicatorRecord, PledgeRecord, SourceRef } from '../../domain/records.ts';
import type { Locale } from '../../domain/types.ts';
import { getDb } from '../db.ts';
import { findFormOptions, type FormChoice } from '../queries/find-form-options.ts';
import { staffData } from './staff-data.ts';

/**
 * The choices staff forms offer. Indicators, sources and pledges are searched as a person types
 * (GET /api/staff/options, the forms' OptionPicker): a page carries only the one record already
 * chosen, read by its slug, never the whole table. Administrations are a handful and stay a
 * select.
 */

/** An indicator as a form names it: by name with its slug, and its unit. */
export function toIndicatorOption(
  indicator: Pick<IndicatorRecord, 'slug' | 'nameKo' | 'nameEn' | 'unit'>,
  locale: Locale,
): IndicatorOption {
  return {
    slug: indicator.slug,
    unit: indicator.unit,
    label: `${localized(indicator, 'name', locale)} (${indicator.slug})`,
  };
}

/** A source as a form names it: when, who and what (the title cut at 60 characters). */
export function toSourceOption(
  source: Pick<SourceRef, 'slug' | 'title' | 'publisher' | 'publishedOn'>,
  locale: Locale,
): FormOption {
  const title = source.title.length > 60 ? `${source.title.slice(0, 59)}…` : source.title;
  return {
    slug: source.slug,
    label: `${formatPreciseDate(source.publishedOn, locale)} · ${source.publisher} · ${title}`,
  };
}

/** A pledge as a form names it: by title with its slug. */
export function toPledgeOption(
  pledge: Pick<PledgeRecord, 'slug' | 'titleKo' | 'titleEn'>,
  locale: Locale,
): FormOption {
  return { slug: pledge.slug, label: `${localized(pledge, 'title', locale)} (${pledge.slug})` };
}

function toFormOption(choice: FormChoice, locale: Locale): FormOption | IndicatorOption {
  if (choice.kind === 'indicator') return toIndicatorOption(choice, locale);
  if (choice.kind === 'source') return toSourceOption(choice, locale);
  return toPledgeOption(choice, locale);
}

/** At most FORM_OPTION_LIMIT records of a kind matching the text, best first (find-form-options.ts). */
export async function searchFormOptions(
  kind: FormOptionKind,
  text: string,
  locale: Locale,
): Promise<(FormOption | IndicatorOption)[]> {
  const choices = await findFormOptions(getDb(), kind, text, FORM_OPTION_LIMIT);
  return choices.map((choice) => toFormOption(choice, locale));
}

/**
 * The option of one record, read by its slug, for a form that opens with it chosen (a correction,
 * or a link such as /staff/figures/new?source=…); null for a blank or unknown slug.
 */
export async function getIndicatorOption(
  slug: string | undefined,
  locale: Locale,
): Promise<IndicatorOption | null> {
  const indicator = slug ? await staffData.getIndicator(slug) : null;
  return indicator ? toIndicatorOption(indicator, locale) : null;
}

export async function getSourceOption(
  slug: string | undefined,
  locale: Locale,
): Promise<FormOption | null> {
  const source = slug ? await staffData.getSource(slug) : null;
  return source ? toSourceOption(source, locale) : null;
}

/** The administrations a pledge belongs to, oldest first: one per term, a handful in all. */
export async function listAdministrationOptions(locale: Locale): Promise<FormOption[]> {
  return (await staffData.listAdministrations()).map((admin) => ({
    slug: admin.slug,
    label: `${localized(admin, 'name', locale)} · ${localized(admin, 'mayor', locale)} (${admin.termStart.slice(0, 4)}–${admin.termEnd.slice(0, 4)})`,
  }));
}
