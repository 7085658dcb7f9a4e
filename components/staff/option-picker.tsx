'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { FORM_OPTION_LIMIT, type FormOption, type FormOptionKind } from '@/lib/domain/form-option';
import type { Unit } from '@/lib/domain/types';
import { formOptionsQueryOptions } from './form-options-query';

/** How long typing pauses before the text is searched: one request per word, not per key. */
const TYPING_PAUSE_MS = 200;

type Option = FormOption & { unit?: Unit };

interface OptionPickerProps {
  kind: FormOptionKind;
  /** The field's label, which also names the list of matches. */
  label: string;
  placeholder: string;
  /** The slug the form sends; the input holds it. */
  value: string;
  onValueChange: (slug: string) => void;
  /** The record chosen when the form opened (read by its slug on the server), or null. */
  initial: Option | null;
  /** Called with the whole option when one is chosen from the list (an indicator's unit). */
  onChoose?: (option: Option | null) => void;
  // FormField passes these to its input (cloneElement).
  id?: string;
  name?: string;
  required?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A text input that finds a record by part of its name or slug (an ARIA 1.2 combobox with a
 * list of matches fetched from the server as one types: ↑/↓ move, Enter chooses, Escape closes).
 * The input itself holds the slug the form sends, under the field's name, so typing a slug works
 * too, before the page's script has loaded or when the list cannot be fetched; the label of the
 * chosen record is shown beneath it. The page carries only the chosen record, never the table.
 */
export function OptionPicker({
  kind,
  label,
  placeholder,
  value,
  onValueChange,
  initial,
  onChoose,
  id = kind,
  ...input
}: OptionPickerProps) {
  const t = useTranslations('staff.picker');
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Option | null>(initial);
  const text = useSettledText(value.normalize('NFC').trim());
  const query = useQuery({
    ...formOptionsQueryOptions(kind, text, locale),
    enabled: open && text !== '',
    placeholderData: keepPreviousData,
  });
  const options = open && text !== '' ? (query.data ?? []) : [];
  const listId = `${id}-options`;
  const statusId = `${id}-status`;
  const chosenId = `${id}-chosen`;
  const shown = chosen && chosen.slug === value ? chosen : null;

  const choose = (option: Option) => {
    setChosen(option);
    onChoose?.(option);
    onValueChange(option.slug);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && options[active]) {
      // Choosing is not sending: the form is sent by Enter on a closed list or by its button.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  let status = '';
  if (open) {
    if (value.trim() === '') status = t('prompt');
    else if (query.isError) status = t('failed');
    else if (text !== value.normalize('NFC').trim() || query.isPending || query.isPlaceholderData)
      status = t('searching');
    else if (options.length === 0) status = t('none', { text });
    else if (options.length >= FORM_OPTION_LIMIT) status = t('more', { count: options.length });
    else status = t('count', { count: options.length });
  }
  const describedBy = [input['aria-describedby'], shown ? chosenId : null, statusId]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="option-picker">
      <input
        {...input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          if (chosen && event.target.value !== chosen.slug) onChoose?.(null);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        className="option-picker__list"
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={options.length === 0}
      >
        {options.map((option, index) => (
          <li
            key={option.slug}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="option-picker__option"
            // Keeps the focus in the input, so its blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <p className="form-hint option-picker__status" id={statusId} role="status">
        {status}
      </p>
      {shown ? (
        <p className="option-picker__chosen" id={chosenId} data-testid={`chosen-${id}`}>
          {t('chosen', { label: shown.label })}
        </p>
      ) : null}
    </div>
  );
}

/** The text once typing has paused, so each word is searched once. */
function useSettledText(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}
