/**
 * A choice in a staff form's select: a record's slug and how people recognise it. The server lists
 * them (lib/server/staff/list-form-options.ts) and the forms show them, so both import it from here.
 */
export interface FormOption {
  slug: string;
  label: string;
}
