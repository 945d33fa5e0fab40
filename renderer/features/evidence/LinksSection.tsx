import { useState } from 'react';
import type { Evidence, EvidenceLink, Stance, Strength } from '../../../shared/schemas/evidence.ts';
import { messageOf } from '../../api/client.ts';
import { focusIfLost } from '../../components/focus.ts';
import { Button } from '../../components/Button.tsx';
import { SelectField, TextAreaField } from '../../components/fields.tsx';
import { showToast, toasts } from '../../components/Toasts.tsx';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { say } from '../../stores/status.ts';
import { stanceOptions, strengthOptions } from './labels.ts';
import { useDraft } from './useDraft.ts';

let lastUndoToast: string | null = null;

export function LinksSection({ evidence }: { evidence: Evidence }) {
  const areas = useAreasStore((s) => s.areas);
  const setLink = useEvidenceStore((s) => s.setLink);
  const removeLink = useEvidenceStore((s) => s.removeLink);
  const [error, setError] = useState<string | null>(null);

  const linkedIds = new Set(evidence.links.map((l) => l.areaId));
  const unlinked = areas.filter((a) => !linkedIds.has(a.id));

  const link = async (areaId: string) => {
    setError(null);
    const area = areas.find((a) => a.id === areaId);
    try {
      await setLink(evidence.id, areaId, 'supports', '');
      say(`Linked “${evidence.title}” to ${area ? area.code : 'the area'}.`);
      // On to the new link's stance, so saying how it evidences the area is the next key press
      // (after the list that was used has closed and handed focus back).
      requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-link-area="${CSS.escape(areaId)}"] .stance button`)?.focus()));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const unlink = async (l: EvidenceLink) => {
    setError(null);
    try {
      const removed = await removeLink(evidence.id, l.areaId);
      const evidenceId = evidence.id;
      const title = evidence.title;
      say(`Unlinked “${title}” from ${removed.areaCode}.`);
      // The Unlink pressed has gone with its link: carry on at the next link's Unlink, else at "Link to an area".
      focusIfLost('.link-card .link-card-header button, .link-select .select-button');
      if (lastUndoToast) toasts.close(lastUndoToast);
      lastUndoToast = showToast({
        title: `Unlinked from ${removed.areaCode}`,
        description: `“${title}” no longer evidences ${removed.areaCode}.`,
        action: {
          label: 'Undo',
          onAction: () => {
            lastUndoToast = null;
            void useEvidenceStore
              .getState()
              .setLink(evidenceId, removed.areaId, removed.stance, removed.note, removed.strength)
              .then(() => say(`Linked “${title}” to ${removed.areaCode} again, as before.`))
              .catch((e: unknown) => say(messageOf(e)));
          },
        },
      });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="details-section" aria-labelledby="links-heading">
      <div className="section-header">
        <h3 className="section-heading" id="links-heading">
          Areas of concern
        </h3>
      </div>
      {evidence.links.length === 0 ? (
        <p className="quiet section-empty">Not linked to any area of concern yet.</p>
      ) : (
        <ul className="link-list">
          {evidence.links.map((l) => {
            const area = areas.find((a) => a.id === l.areaId);
            return (
              <LinkCard
                key={l.areaId}
                link={l}
                label={area ? areaLabel(area) : l.areaCode}
                onSave={(stance, note, strength) => setLink(evidence.id, l.areaId, stance, note, strength)}
                onUnlink={() => void unlink(l)}
              />
            );
          })}
        </ul>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {areas.length === 0 ? (
        <p className="quiet">There are no areas of concern yet. Add one with “New area of concern” at the top.</p>
      ) : unlinked.length === 0 ? (
        <p className="quiet">Linked to every area of concern.</p>
      ) : (
        <SelectField
          id="link-area"
          label="Link to an area"
          placeholder="Choose an area of concern…"
          options={unlinked.map((a) => ({ id: a.id, label: areaLabel(a) }))}
          value={null}
          onChange={(id) => void link(id)}
          className="link-select"
        />
      )}
    </section>
  );
}

function LinkCard({
  link,
  label,
  onSave,
  onUnlink,
}: {
  link: EvidenceLink;
  label: string;
  onSave: (stance: Stance, note: string, strength?: Strength) => Promise<void>;
  onUnlink: () => void;
}) {
  const note = useDraft(link.note);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async (stance: Stance, text: string, strength?: Strength) => {
    setError(null);
    setSaved(false);
    try {
      await onSave(stance, text, strength);
      setSaved(true);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <li className="link-card" data-link-area={link.areaId}>
      <div className="link-card-header">
        <span className="link-area">{label}</span>
        <span className="save-status" role="status">
          {saved ? 'Saved' : ''}
        </span>
        <Button variant="quiet" size="small" onPress={onUnlink} aria-label={`Unlink ${link.areaCode}`}>
          Unlink
        </Button>
      </div>
      <SelectField
        id={`stance-${link.areaId}`}
        label="Stance"
        hiddenLabelSuffix={`for ${link.areaCode}`}
        options={stanceOptions}
        value={link.stance}
        onChange={(s) => {
          if (s !== link.stance) void save(s as Stance, note.draft);
        }}
        className={`stance stance-${link.stance}`}
      />
      <SelectField
        id={`strength-${link.areaId}`}
        label="What it shows"
        hiddenLabelSuffix={`for ${link.areaCode}`}
        description="Activity is what was done; impact is the difference it made for children and families. Inspectors look for impact."
        options={strengthOptions}
        value={link.strength}
        onChange={(s) => {
          if (s !== link.strength) void save(link.stance, note.draft, s as Strength);
        }}
      />
      <TextAreaField
        id={`note-${link.areaId}`}
        label="Why this evidences the area"
        hiddenLabelSuffix={`(${link.areaCode})`}
        value={note.draft}
        onChange={note.change}
        onBlur={() => {
          note.finish();
          if (note.draft !== link.note) void save(link.stance, note.draft);
        }}
        error={error}
        rows={3}
      />
    </li>
  );
}
