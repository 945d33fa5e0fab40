import { useEffect, useState, type FormEvent } from 'react';
import type { Area, AreaDependents } from '../../../shared/schemas/areas.ts';
import { AppDialog } from '../../components/Dialog.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextAreaField, TextInputField } from '../../components/fields.tsx';
import type { FieldErrors } from '../../components/forms.ts';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { api, messageOf } from '../../api/client.ts';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { ConfirmActions } from '../../components/ConfirmActions.tsx';
import { FormActions } from '../../components/FormActions.tsx';

const areaFieldLabels = {
  code: 'Code',
  title: 'Short title',
  weakness: 'Weakness',
  workstreams: 'Workstreams',
  lead: 'Lead',
} as const;
type AreaField = keyof typeof areaFieldLabels;
const areaFieldOrder: readonly AreaField[] = ['code', 'title', 'weakness', 'workstreams', 'lead'];
const splitWorkstreams = (text: string) =>
  text
    .split(/[;\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
const areaId = (f: AreaField) => `area-${f}`;

/** The next free code in the AOC1, AOC2… series. */
export function nextAreaCode(areas: readonly Pick<Area, 'code'>[]): string {
  const used = new Set(areas.map((a) => a.code.toUpperCase()));
  for (let n = 1; ; n += 1) if (!used.has(`AOC${n}`)) return `AOC${n}`;
}

/** New area of concern (no `area`) or Edit area (with one). */
export function AreaDialog({ area, onClose }: { area?: Area; onClose: () => void }) {
  const areas = useAreasStore((s) => s.areas);
  const create = useAreasStore((s) => s.create);
  const update = useAreasStore((s) => s.update);
  const refreshEvidence = useEvidenceStore((s) => s.refresh);
  const setScope = useEvidenceStore((s) => s.setScope);
  const [code, setCode] = useState(area?.code ?? nextAreaCode(areas));
  const [title, setTitle] = useState(area?.title ?? '');
  const [weakness, setWeakness] = useState(area?.weakness ?? '');
  const [workstreams, setWorkstreams] = useState((area?.workstreams ?? []).join('; '));
  const [lead, setLead] = useState(area?.lead ?? '');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(areaFieldLabels, areaFieldOrder, areaId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const own: FieldErrors<AreaField> = {};
    if (code.trim() === '') own.code = 'Enter a code for the area, for example AOC1.';
    if (title.trim() === '') own.title = 'Enter a short title, for example “Waiting times for assessment”.';
    if (weakness.trim() === '') own.weakness = 'Paste the weakness exactly as the inspection letter words it.';
    if (!errors.check(own)) return;
    setBusy(true);
    try {
      if (area) {
        const ws = splitWorkstreams(workstreams);
        const people = {
          ...(ws.join('\n') !== area.workstreams.join('\n') ? { workstreams: ws } : {}),
          ...(lead.trim() !== area.lead ? { lead: lead.trim() } : {}),
        };
        await update({ id: area.id, code: code.trim(), title: title.trim(), weakness, ...people });
        await refreshEvidence();
      } else {
        const ws = splitWorkstreams(workstreams);
        const people = { ...(ws.length > 0 ? { workstreams: ws } : {}), ...(lead.trim() ? { lead: lead.trim() } : {}) };
        const created = await create({ code: code.trim(), title: title.trim(), weakness, ...people });
        void setScope({ type: 'area', areaId: created.id });
      }
      onClose();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  return (
    <AppDialog
      title={area ? `Edit ${area.code}` : 'New area of concern'}
      isOpen
      onClose={onClose}
      isBusy={busy}
      size="large"
      unsaved={title.trim() !== (area?.title ?? '') || weakness.trim() !== (area?.weakness ?? '').trim() ? (area ? 'your changes' : 'what you have entered') : null}
    >
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-row field-row-code">
          <TextInputField
            id={areaId('code')}
            label={areaFieldLabels.code}
            description="As your plan numbers it."
            isRequired
            value={code}
            onChange={setCode}
            error={errors.fields.code}
            className="field-code"
          />
          <TextInputField
            id={areaId('title')}
            label={areaFieldLabels.title}
            description="A few words you will recognise in lists."
            isRequired
            value={title}
            onChange={setTitle}
            error={errors.fields.title}
            autoFocus={!area}
          />
        </div>
        <TextAreaField
          id={areaId('weakness')}
          label="Weakness, exactly as written in the inspection letter"
          description="Paste it word for word. It is kept exactly as you enter it, and quoted in the exported pack."
          isRequired
          value={weakness}
          onChange={setWeakness}
          error={errors.fields.weakness}
          rows={8}
          className="field-weakness"
        />
        <div className="field-row">
          <TextInputField
            id={areaId('workstreams')}
            label={areaFieldLabels.workstreams}
            description="The workstreams that carry it, separated by semicolons."
            value={workstreams}
            onChange={setWorkstreams}
            error={errors.fields.workstreams}
          />
          <TextInputField
            id={areaId('lead')}
            label={areaFieldLabels.lead}
            description="Who leads on it."
            value={lead}
            onChange={setLead}
            error={errors.fields.lead}
          />
        </div>
        <FormActions busy={busy} label={area ? 'Save changes' : 'Add area of concern'} onCancel={onClose} />
      </form>
    </AppDialog>
  );
}

export function DeleteAreaDialog({ area, onClose }: { area: Area; onClose: () => void }) {
  const remove = useAreasStore((s) => s.remove);
  const scope = useEvidenceStore((s) => s.scope);
  const setScope = useEvidenceStore((s) => s.setScope);
  const refresh = useEvidenceStore((s) => s.refresh);
  const reloadSelected = useEvidenceStore((s) => s.reloadSelected);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dependents, setDependents] = useState<AreaDependents | null>(null);
  const links = dependents?.links ?? area.evidenceCount;

  // What else goes with the area (actions, findings, excerpts, its judgement), named before it goes.
  useEffect(() => {
    let live = true;
    api.call('areas/dependents', { id: area.id }).then(
      (d) => live && setDependents(d),
      () => {
        // Older cores: the evidence count from the list is enough to warn.
      },
    );
    return () => {
      live = false;
    };
  }, [area.id]);
  const alsoGoes = dependents
    ? [
        dependents.actions > 0 ? `${dependents.actions} WSoA action${dependents.actions === 1 ? '' : 's'}` : null,
        dependents.findings > 0 ? `${dependents.findings} finding${dependents.findings === 1 ? '' : 's'}` : null,
        dependents.excerpts > 0 ? `${dependents.excerpts} excerpt${dependents.excerpts === 1 ? '' : 's'}` : null,
        dependents.judged ? 'its judgement' : null,
      ].filter((x): x is string => x !== null)
    : [];

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await remove(area.id);
      if (scope.type === 'area' && scope.areaId === area.id) await setScope({ type: 'all' });
      else await refresh();
      await reloadSelected();
      onClose();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <AppDialog title={`Delete ${areaLabel(area)}?`} isOpen onClose={onClose} role="alertdialog" size="small" isBusy={busy}>
      <p>
        {links === 0
          ? 'No evidence is linked to it, so no evidence is affected.'
          : links === 1
            ? 'This removes its link to 1 evidence item. The evidence item itself stays in the library.'
            : `This removes its links to ${links} evidence items. The evidence items themselves stay in the library.`}
      </p>
      {alsoGoes.length > 0 ? (
        <p>
          <strong>Also deleted:</strong> {alsoGoes.join(', ')}.
        </p>
      ) : null}
      <p className="quiet">The weakness text you entered for it is deleted too.</p>
      <ConfirmActions error={error} busy={busy} label="Delete area" busyLabel="Deleting…" onConfirm={confirm} onCancel={onClose} />
    </AppDialog>
  );
}
