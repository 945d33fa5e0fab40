/**
 * Turning the core's error messages into errors beside fields. The core words invalid
 * input as "<field>: <what is wrong>" (e.g. "title: must not be empty"), several joined
 * by "; " or new lines.
 */
import { ApiError, messageOf } from '../api/client.ts';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface MappedErrors<F extends string> {
  fields: FieldErrors<F>;
  /** What could not be placed beside a field, shown at the top of the form. */
  form: string | null;
}

const PIECE = /^\s*([A-Za-z][A-Za-z0-9_]*)(?:[.[][^:]*)?:\s*(.+?)\s*$/;

/** "must not be empty" + "Title" → "Title must not be empty." */
export function sentence(label: string, problem: string): string {
  const text = `${label} ${problem}`.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Maps a failure to field errors where the message's prefix names one of `labels`' keys,
 * else to a form-level message (for anything that is not an ApiError too).
 */
export function mapErrors<F extends string>(error: unknown, labels: Record<F, string>): MappedErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, form: messageOf(error) };
  const fields: FieldErrors<F> = {};
  const rest: string[] = [];
  const pieces = error.message.split(/;\s+|\n+/).filter((p) => p.trim() !== '');
  for (const piece of pieces) {
    const m = PIECE.exec(piece);
    const name = m?.[1];
    if (m && name && Object.prototype.hasOwnProperty.call(labels, name)) {
      const key = name as F;
      const text = sentence(labels[key], m[2] ?? '');
      fields[key] = fields[key] ? `${fields[key]} ${text}` : text;
    } else {
      rest.push(piece.trim());
    }
  }
  return { fields, form: rest.length > 0 ? rest.join(' ') : null };
}

/** Moves focus to the first field (in `order`) that has an error; returns true if it did. */
export function focusFirstError<F extends string>(
  errors: FieldErrors<F>,
  order: readonly F[],
  idFor: (field: F) => string,
): boolean {
  const first = order.find((f) => errors[f]);
  if (!first) return false;
  const el = document.getElementById(idFor(first));
  if (el) {
    el.focus();
    return true;
  }
  return false;
}
