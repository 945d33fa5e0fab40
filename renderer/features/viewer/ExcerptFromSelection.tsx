/**
 * "Save as excerpt" in the PDF viewer: the words selected in the page's text layer
 * become an excerpt of the item, with the page it is on and the area it evidences (one
 * of the item's linked areas; the area chosen in the library by default). The button
 * acts on the current selection, so it works from the keyboard too; with nothing
 * selected it says so.
 */
import { useEffect, useState, type RefObject } from 'react';
import { messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextAreaField } from '../../components/fields.tsx';
import { mapErrors } from '../../components/forms.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useExcerptsStore } from '../../stores/excerpts.ts';
import { useViewerStore } from '../../stores/viewer.ts';
import { useViewStore } from '../../stores/view.ts';

const NO_AREA = '__none__';
const labels = { quote: 'Quote', areaId: 'Evidences the area', note: 'Note', page: 'Page' } as const;
type Field = keyof typeof labels;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text selected inside `layer` (clipped to it), or "" when the selection is elsewhere or empty. */
export function selectedTextIn(layer: HTMLElement | null): string {
  const sel = layer?.ownerDocument.getSelection();
  if (!layer || !sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
  const range = sel.getRangeAt(0).cloneRange();
  const startIn = layer.contains(range.startContainer);
  const endIn = layer.contains(range.endContainer);
  if (!startIn && !endIn) {
    // A selection that spans the whole page from outside it still counts.
    if (!range.intersectsNode(layer)) return '';
  }
  if (!startIn) range.setStart(layer, 0);
  if (!endIn) range.setEnd(layer, layer.childNodes.length);
  return clean(range.toString());
}

/** The area an excerpt evidences by default: the one chosen in the library, if the item is linked to it. */
function defaultArea(linked: readonly string[]): string {
  const scope = useEvidenceStore.getState().scope;
  const view = useViewStore.getState();
  const preferred = [scope.type === 'area' ? scope.areaId : null, view.view === 'area' ? view.areaId : null];
  return preferred.find((id): id is string => !!id && linked.includes(id)) ?? linked[0] ?? NO_AREA;
}

interface Draft {
  quote: string;
  areaId: string;
  note: string;
}

export function ExcerptFromSelection({ itemId, page, textLayer, isDisabled }: { itemId: string; page: number; textLayer: RefObject<HTMLElement | null>; isDisabled?: boolean }) {
  const links = useViewerStore((s) => s.links);
  const loadLinks = useViewerStore((s) => s.loadLinks);
  const areas = useAreasStore((s) => s.areas);
  const create = useExcerptsStore((s) => s.create);
  const [picked, setPicked] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Follow the selection in the page's text. Moving focus to the button keeps it; a
  // click on the page that clears it clears it here too.
  useEffect(() => {
    const doc = textLayer.current?.ownerDocument ?? document;
    const onChange = () => {
      const layer = textLayer.current;
      const text = selectedTextIn(layer);
      if (text) {
        setPicked(text);
        return;
      }
      const sel = doc.getSelection();
      const page = layer?.parentElement?.parentElement;
      if (sel && sel.isCollapsed && sel.anchorNode && page?.contains(sel.anchorNode)) setPicked('');
    };
    doc.addEventListener('selectionchange', onChange);
    return () => doc.removeEventListener('selectionchange', onChange);
  }, [textLayer]);

  // Another page: what was selected is gone.
  useEffect(() => {
    setPicked('');
    setMessage('');
  }, [page]);

  useEffect(() => {
    void loadLinks(itemId).catch((e: unknown) => setMessage(messageOf(e)));
  }, [itemId, loadLinks]);

  const linkedIds = (links ?? []).map((l) => l.areaId);
  const areaOptions = [
    ...(links ?? []).map((l) => {
      const a = areas.find((x) => x.id === l.areaId);
      return { id: l.areaId, label: a ? `${a.code} — ${a.title}` : l.areaCode };
    }),
    { id: NO_AREA, label: 'No area' },
  ];

  const start = () => {
    const text = selectedTextIn(textLayer.current) || picked;
    if (!text) {
      setMessage(`Nothing is selected on page ${page}. Select the words on the page first (drag across them, or use caret browsing: F7), then choose “Save as excerpt”.`);
      return;
    }
    setMessage('');
    setErrors({});
    setFormError(null);
    setDraft({ quote: text, areaId: defaultArea(linkedIds), note: '' });
  };

  const cancel = () => {
    setDraft(null);
    setTimeout(() => document.getElementById('viewer-save-excerpt')?.focus(), 0);
  };

  const save = async () => {
    if (!draft) return;
    if (draft.quote.trim() === '') {
      setErrors({ quote: 'Enter the quote: the exact words that evidence the area.' });
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    const areaId = draft.areaId === NO_AREA ? null : draft.areaId;
    try {
      const excerpt = await create({ evidenceId: itemId, quote: draft.quote.trim(), page, areaId, note: draft.note, dataPoint: null });
      const assessment = useAssessmentStore.getState();
      if (areaId && assessment.areaId === areaId) void assessment.refresh();
      window.getSelection()?.removeAllRanges();
      setPicked('');
      setDraft(null);
      setMessage(`Saved the excerpt from page ${page}${excerpt.areaCode ? ` for ${excerpt.areaCode}` : ''}. It is listed under Excerpts in the item’s details.`);
      setTimeout(() => document.getElementById('viewer-save-excerpt')?.focus(), 0);
    } catch (e) {
      const mapped = mapErrors(e, labels);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="viewer-excerpt">
      <div className="viewer-excerpt-bar">
        <Button id="viewer-save-excerpt" variant="secondary" size="small" onPress={start} isDisabled={(isDisabled ?? false) || draft !== null} aria-describedby="viewer-selection">
          Save as excerpt
        </Button>
        <span className="quiet viewer-selection" id="viewer-selection">
          {picked ? `Selected: “${picked.length > 90 ? `${picked.slice(0, 90)}…` : picked}”` : 'Select words on the page to quote them.'}
        </span>
      </div>
      <p className="viewer-excerpt-message" role="status">
        {message}
      </p>
      {draft ? (
        <div className="excerpt-form viewer-excerpt-form" role="group" aria-label={`New excerpt from page ${page}`}>
          <TextAreaField id="viewer-excerpt-quote" label={labels.quote} isRequired value={draft.quote} onChange={(quote) => setDraft({ ...draft, quote })} error={errors.quote} rows={2} autoFocus />
          <div className="field-row">
            <SelectField
              id="viewer-excerpt-area"
              label={labels.areaId}
              description={links && links.length === 0 ? 'The item is not linked to an area yet. Link it in its details to choose one.' : 'One of the areas the item is linked to.'}
              options={areaOptions}
              value={draft.areaId}
              onChange={(areaId) => setDraft({ ...draft, areaId })}
              error={errors.areaId}
            />
            <TextAreaField id="viewer-excerpt-note" label={labels.note} value={draft.note} onChange={(note) => setDraft({ ...draft, note })} error={errors.note} rows={1} />
          </div>
          {formError || errors.page ? (
            <p className="field-error" role="alert">
              {formError ?? errors.page}
            </p>
          ) : null}
          <div className="section-actions">
            <Button variant="primary" size="small" onPress={() => void save()} isDisabled={busy}>
              {busy ? 'Saving…' : `Save excerpt from page ${page}`}
            </Button>
            <Button variant="quiet" size="small" onPress={cancel} isDisabled={busy}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
