/**
 * The library's details (local area, partners, key dates, your name): the same fields
 * when creating a library and in the Library details dialog.
 */
import type { LibraryDetails } from '../../../shared/schemas/library.ts';
import { TextAreaField, TextInputField } from '../../components/fields.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import type { FieldErrors } from '../../components/forms.ts';

export const detailsFieldLabels = {
  name: 'Local area name',
  partners: 'Partner organisations',
  initialInspectionDate: 'Initial inspection date',
  wsoaFitDate: 'WSoA fit for purpose',
  revisitWindowStart: 'Revisit window from',
  revisitWindowEnd: 'Revisit window to',
  userName: 'Your name',
  path: 'Library folder',
} as const;
export type DetailsField = keyof typeof detailsFieldLabels;
export const detailsFieldOrder: readonly DetailsField[] = [
  'name',
  'partners',
  'initialInspectionDate',
  'wsoaFitDate',
  'revisitWindowStart',
  'revisitWindowEnd',
  'userName',
  'path',
];

export interface DetailsDraft {
  name: string;
  partners: string;
  initialInspectionDate: string;
  wsoaFitDate: string;
  revisitWindowStart: string;
  revisitWindowEnd: string;
  userName: string;
}

export const emptyDraft: DetailsDraft = {
  name: '',
  partners: '',
  initialInspectionDate: '',
  wsoaFitDate: '',
  revisitWindowStart: '',
  revisitWindowEnd: '',
  userName: '',
};

export function draftFrom(d: LibraryDetails): DetailsDraft {
  return {
    name: d.name,
    partners: d.partners.join('\n'),
    initialInspectionDate: d.initialInspectionDate ?? '',
    wsoaFitDate: d.wsoaFitDate ?? '',
    revisitWindowStart: d.revisitWindowStart ?? '',
    revisitWindowEnd: d.revisitWindowEnd ?? '',
    userName: d.userName,
  };
}

const dateOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The draft as the core's input (partners one per line; blank lines dropped). */
export function detailsInput(d: DetailsDraft): LibraryDetails {
  return {
    name: d.name.trim(),
    partners: d.partners
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    initialInspectionDate: dateOrNull(d.initialInspectionDate),
    wsoaFitDate: dateOrNull(d.wsoaFitDate),
    revisitWindowStart: dateOrNull(d.revisitWindowStart),
    revisitWindowEnd: dateOrNull(d.revisitWindowEnd),
    userName: d.userName.trim(),
  };
}

/** Checks made before asking the core, worded the GOV.UK way. */
export function checkDraft(d: DetailsDraft): FieldErrors<DetailsField> {
  const errors: FieldErrors<DetailsField> = {};
  if (d.name.trim() === '') errors.name = 'Enter the name of the local area, for example Walsall.';
  if (d.revisitWindowStart && d.revisitWindowEnd && d.revisitWindowEnd < d.revisitWindowStart) {
    errors.revisitWindowEnd = 'The end of the revisit window must be on or after its start.';
  }
  return errors;
}

export function DetailsFields({
  idPrefix,
  draft,
  onChange,
  errors,
  autoFocus,
}: {
  idPrefix: string;
  draft: DetailsDraft;
  onChange: (d: DetailsDraft) => void;
  errors: FieldErrors<DetailsField>;
  autoFocus?: boolean;
}) {
  const set = (k: keyof DetailsDraft) => (v: string) => onChange({ ...draft, [k]: v });
  const id = (k: DetailsField) => `${idPrefix}-${k}`;
  return (
    <>
      <TextInputField
        id={id('name')}
        label={detailsFieldLabels.name}
        description="The council area the inspection covered, for example Walsall."
        isRequired
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
        autoFocus={autoFocus ?? false}
      />
      <TextAreaField
        id={id('partners')}
        label={detailsFieldLabels.partners}
        description="One per line, for example Walsall Council, NHS Black Country ICB, Walsall Parent Carer Forum. They are suggested when you fill in where evidence came from."
        value={draft.partners}
        onChange={set('partners')}
        error={errors.partners}
        rows={4}
      />
      <div className="field-row">
        <DateInputField
          id={id('initialInspectionDate')}
          label={detailsFieldLabels.initialInspectionDate}
          description="The first day of the joint Ofsted and CQC inspection."
          value={draft.initialInspectionDate}
          onChange={set('initialInspectionDate')}
          error={errors.initialInspectionDate}
        />
        <DateInputField
          id={id('wsoaFitDate')}
          label={detailsFieldLabels.wsoaFitDate}
          description="When Ofsted declared the WSoA fit for purpose."
          value={draft.wsoaFitDate}
          onChange={set('wsoaFitDate')}
          error={errors.wsoaFitDate}
        />
      </div>
      <div className="field-row">
        <DateInputField
          id={id('revisitWindowStart')}
          label={detailsFieldLabels.revisitWindowStart}
          description="When you expect inspectors could return, at the earliest…"
          value={draft.revisitWindowStart}
          onChange={set('revisitWindowStart')}
          error={errors.revisitWindowStart}
        />
        <DateInputField
          id={id('revisitWindowEnd')}
          label={detailsFieldLabels.revisitWindowEnd}
          description="…and at the latest (usually 18 months after the WSoA)."
          value={draft.revisitWindowEnd}
          onChange={set('revisitWindowEnd')}
          error={errors.revisitWindowEnd}
        />
      </div>
      <TextInputField
        id={id('userName')}
        label={detailsFieldLabels.userName}
        description="Recorded as who added each evidence item."
        value={draft.userName}
        onChange={set('userName')}
        error={errors.userName}
        autoComplete="name"
      />
    </>
  );
}
