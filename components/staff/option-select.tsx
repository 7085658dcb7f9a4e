'use client';

import type { ComponentProps } from 'react';
import type { FormOption } from '@/lib/domain/form-option';

/**
 * A select of records by slug, starting blank with a prompt. The attributes FormField gives its
 * input (id, name, aria-*) pass through to the select.
 */
export function OptionSelect({
  options,
  placeholder,
  ...select
}: { options: FormOption[]; placeholder: string } & ComponentProps<'select'>) {
  return (
    <select {...select}>
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.slug} value={option.slug}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
