/**
 * Excerpts of an evidence item: a quote (selected in the description or typed), its
 * page or data point, the area it evidences and a note. Deleting one can be undone.
 */
import { useEffect, useState } from 'react';
import type { Evidence } from '../../../shared/schemas/evidence.ts';
import type { Excerpt } from '../../../shared/schemas/assessment.ts';
import { messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextAreaField, TextInputField } from '../../components/fields.tsx';
import { mapErrors } from '../../components/forms.ts';
import { showToast } from '../../components/Toasts.tsx';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useExcerptsStore } from '../../stores/excerpts.ts';
import { say } from '../../stores/status.ts';

const NO_AREA = '__none__';
const labels = { quote: 'Quote', page: 'Page', dataPoint: 'Data point', note: 'Note', areaId: 'Area' } as const;
type Field = keyof typeof labels;

interface Draft {
  quote: string;
  page: string;
  dataPoint: string;
  areaId: string;
  note: string;
}

/** The text selected in the item's Description field, if any. */
function selectedDescription(): string {
  const el = document.getElementById('evidence-description');
  const box = el instanceof HTMLTextAreaElement ? el : el?.querySelector('textarea');
  if (!box) return '';
  return box.value.slice(box.selectionStart, box.selectionEnd).trim();
}

export function ExcerptsSection({ evidence }: { evidence: Evidence }) {
  const excerpts = useExcerptsStore((s) => (s.evidenceId === evidence.id ? s.excerpts : []));
  const error = useExcerptsStore((s) => s.error);
  const load = useExcerptsStore((s) => s.load);
  const remove = useExcerptsStore((s) => s.remove);
  const restore = useExcerptsStore((s) => s.restore);
  const [adding, setAdding] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    void load(evidence.id);
  }, [evidence.id, load]);

  // A figure of a series offered as an excerpt: open the form with it, and bring the section into view.
  const proposed = useExcerptsStore((s) => (s.proposed?.evidenceId === evidence.id ? s.proposed : null));
  useEffect(() => {
    if (!proposed) return;
    const p = useExcerptsStore.getState().takeProposed();
    if (!p) return;
    setEditing(null);
    setAdding({ ...fresh(p.quote), dataPoint: p.dataPoint });
    document.getElementById('excerpts-heading')?.scrollIntoView?.({ block: 'start' });
    // fresh() only reads the item's links, which do not change while the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [proposed]);

  const fresh = (quote = ''): Draft => ({
    quote,
    page: '',
    dataPoint: '',
    areaId: evidence.links.length === 1 ? (evidence.links[0]?.areaId ?? NO_AREA) : NO_AREA,
    note: '',
  });

  const del = async (x: Excerpt) => {
    try {
      const snapshot = await remove(x.id);
      showToast({
        title: 'Deleted the excerpt',
        description: `“${x.quote.slice(0, 80)}${x.quote.length > 80 ? '…' : ''}”${x.citedBy > 0 ? `, and its citation in ${x.citedBy} finding${x.citedBy === 1 ? '' : 's'}` : ''}.`,
        action: { label: 'Undo', onAction: () => void restore(snapshot).catch((e: unknown) => say(messageOf(e))) },
      });
    } catch (e) {
      say(messageOf(e));
    }
  };

  return (
    <section className="details-section" aria-labelledby="excerpts-heading">
      <div className="section-header">
        <h3 className="section-heading" id="excerpts-heading">
          Excerpts
        </h3>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {excerpts.length === 0 && !adding ? (
        <p className="quiet section-empty">
          No excerpts yet. An excerpt is the exact words (or data point) that evidence an area: a quote from a parent, a
          line in the minutes, a month’s figure. Findings can cite it.
        </p>
      ) : null}
      {excerpts.length > 0 ? (
        <ul className="excerpt-list">
          {excerpts.map((x, i) =>
            editing === x.id ? (
              <li key={x.id} className="excerpt-card">
                <ExcerptForm
                  evidence={evidence}
                  initial={{ quote: x.quote, page: x.page ? String(x.page) : '', dataPoint: x.dataPoint ?? '', areaId: x.areaId ?? NO_AREA, note: x.note }}
                  excerptId={x.id}
                  onDone={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={x.id} className="excerpt-card">
                <blockquote className="excerpt-quote">“{x.quote}”</blockquote>
                {x.figureChanged ? <p className="tone tone-amber excerpt-changed">{x.figureChanged} Edit the excerpt, or delete it, before a finding cites it.</p> : null}
                <p className="excerpt-meta quiet">
                  {[x.page ? `Page ${x.page}` : null, x.dataPoint ? `Data point ${x.dataPoint}` : null, x.areaCode ? `For ${x.areaCode}` : 'No area', x.citedBy > 0 ? `Cited by ${x.citedBy} finding${x.citedBy === 1 ? '' : 's'}` : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {x.note ? <p className="excerpt-note">{x.note}</p> : null}
                <div className="excerpt-actions">
                  <Button variant="quiet" size="small" aria-label={`Edit excerpt ${i + 1}`} onPress={() => setEditing(x.id)}>
                    Edit
                  </Button>
                  <Button variant="quiet" size="small" aria-label={`Delete excerpt ${i + 1}`} onPress={() => void del(x)}>
                    Delete
                  </Button>
                </div>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {adding ? (
        <div className="excerpt-card">
          <ExcerptForm key={`${adding.quote}|${adding.dataPoint}`} evidence={evidence} initial={adding} excerptId={null} onDone={() => setAdding(null)} />
        </div>
      ) : (
        <div className="section-actions">
          <Button
            variant="secondary"
            size="small"
            onPress={() => {
              const picked = selectedDescription();
              setAdding(fresh(picked));
              if (!picked) say('Type or paste the quote. To quote the description, select the words in it first.');
            }}
          >
            Quote the selected text
          </Button>
          <Button variant="quiet" size="small" onPress={() => setAdding(fresh())}>
            Add an excerpt
          </Button>
        </div>
      )}
    </section>
  );
}

function ExcerptForm({ evidence, initial, excerptId, onDone }: { evidence: Evidence; initial: Draft; excerptId: string | null; onDone: () => void }) {
  const areas = useAreasStore((s) => s.areas);
  const create = useExcerptsStore((s) => s.create);
  const update = useExcerptsStore((s) => s.update);
  const reloadSelected = useEvidenceStore((s) => s.reloadSelected);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = excerptId ? `excerpt-${excerptId}` : 'excerpt-new';
  const linked = new Set(evidence.links.map((l) => l.areaId));
  const areaOptions = [
    { id: NO_AREA, label: 'No area' },
    ...areas.map((a) => ({ id: a.id, label: `${areaLabel(a)}${linked.has(a.id) ? '' : ' (links the item)'}` })),
  ];

  const save = async () => {
    const own: Partial<Record<Field, string>> = {};
    if (draft.quote.trim() === '') own.quote = 'Enter the quote: the exact words, or the figure, that evidence the area.';
    const page = draft.page.trim() === '' ? null : Number(draft.page);
    if (page !== null && (!Number.isInteger(page) || page < 1)) own.page = 'Enter the page as a whole number, such as 3, or leave it empty.';
    setErrors(own);
    setFormError(null);
    if (Object.keys(own).length > 0) return;
    setBusy(true);
    const fields = {
      quote: draft.quote.trim(),
      page,
      dataPoint: draft.dataPoint.trim() === '' ? null : draft.dataPoint.trim(),
      note: draft.note,
      areaId: draft.areaId === NO_AREA ? null : draft.areaId,
    };
    try {
      if (excerptId) await update({ id: excerptId, ...fields });
      else await create({ evidenceId: evidence.id, ...fields });
      // A new area link may have been made for the excerpt.
      if (fields.areaId && !linked.has(fields.areaId)) {
        await reloadSelected();
        void useEvidenceStore.getState().refresh();
        void useAreasStore.getState().load();
      }
      onDone();
    } catch (e) {
      const mapped = mapErrors(e, labels);
      setErrors(mapped.fields);
      setFormError(mapped.form);
      setBusy(false);
    }
  };

  return (
    <div className="excerpt-form" role="group" aria-label={excerptId ? 'Edit excerpt' : 'New excerpt'}>
      <TextAreaField id={`${prefix}-quote`} label={labels.quote} isRequired value={draft.quote} onChange={(quote) => setDraft({ ...draft, quote })} error={errors.quote} rows={3} autoFocus />
      <div className="field-row">
        <TextInputField id={`${prefix}-page`} label={labels.page} type="number" value={draft.page} onChange={(p) => setDraft({ ...draft, page: p })} error={errors.page} />
        <TextInputField
          id={`${prefix}-dataPoint`}
          label={labels.dataPoint}
          description="For data, for example 2023-03."
          value={draft.dataPoint}
          onChange={(dataPoint) => setDraft({ ...draft, dataPoint })}
          error={errors.dataPoint}
        />
      </div>
      <SelectField id={`${prefix}-area`} label="Evidences the area" options={areaOptions} value={draft.areaId} onChange={(areaId) => setDraft({ ...draft, areaId })} error={errors.areaId} />
      <TextAreaField id={`${prefix}-note`} label={labels.note} value={draft.note} onChange={(note) => setDraft({ ...draft, note })} error={errors.note} rows={2} />
      {formError ? (
        <p className="field-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="section-actions">
        <Button variant="primary" size="small" onPress={() => void save()} isDisabled={busy}>
          {busy ? 'Saving…' : excerptId ? 'Save excerpt' : 'Save excerpt'}
        </Button>
        <Button variant="quiet" size="small" onPress={onDone} isDisabled={busy}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
