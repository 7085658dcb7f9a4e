'use client';

import { useState } from 'react';
import { issuesOf, useStaffMutation } from './use-staff-mutation';

/** The fields of a form's values that a text input, textarea or select edits. */
type TextField<Values> = {
  [Field in keyof Values]: Values[Field] extends string ? Field : never;
}[keyof Values] &
  string;

/**
 * A staff form's values and the mutation that sends them. `set(field)` is the change handler of a
 * text input, textarea or select (checkboxes call `setValues`); `fieldProps(field)` gives a field
 * component its value, change handler and the server's issues with it.
 */
export function useStaffForm<
  Values,
  Result = Record<string, unknown>,
  Body = Record<string, unknown>,
>(initial: Values, method: 'POST' | 'PUT' | 'PATCH', url: string) {
  const [values, setValues] = useState(initial);
  const mutation = useStaffMutation<Body, Result>(method, url);
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const fieldProps = (field: TextField<Values>) => ({
    value: values[field] as string,
    onChange: set(field),
    issues: issuesOf(mutation.error, field),
  });
  return { values, setValues, set, fieldProps, mutation, error: mutation.error };
}
