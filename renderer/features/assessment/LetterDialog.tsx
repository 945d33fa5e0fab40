/**
 * "Paste the inspection letter": the app proposes the weaknesses it finds, and the user
 * accepts, edits or rejects each one. Nothing is added until a proposal is accepted.
 */
import { useEffect, useRef, useState } from 'react';
import type { LetterProposals, WeaknessProposal } from '../../../shared/schemas/areas.ts';
import { numberInWords, plural } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { AppDialog, DialogActions } from '../../components/Dialog.tsx';
import { Button } from '../../components/Button.tsx';
import { TextAreaField, TextInputField } from '../../components/fields.tsx';
import { mapErrors } from '../../components/forms.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useUiStore } from '../../stores/ui.ts';
import { focusIsLost } from '../../components/focus.ts';

type ProposalState =
  | { state: 'pending' }
  | { state: 'editing' }
  | { state: 'accepted'; code: string; id: string }
  | { state: 'rejected' };

/** An area added from the letter: focus lands on the first of them once the dialog closes. */
interface AddedArea {
  id: string;
  code: string;
}

/**
 * Where focus goes when the dialog closes and what opened it has gone (the empty state's
 * "Paste the inspection letter…" goes once there are areas): the first area added, in the
 * areas list (main screen) or the area pages' list, in the list's order; else the page's heading.
 */
export function focusAfterLetter(added: readonly AddedArea[]): void {
  if (!focusIsLost()) return;
  const ids = new Set(added.map((a) => a.id));
  const codes = new Set(added.map((a) => a.code));
  const candidates: (HTMLElement | null | undefined)[] = [
    [...document.querySelectorAll<HTMLElement>('[role="grid"][aria-labelledby="areas-heading"] [role="row"]')].find((r) =>
      ids.has(r.dataset['key'] ?? ''),
    ),
    [...document.querySelectorAll<HTMLElement>('.area-nav-list button')].find((b) =>
      codes.has(b.querySelector('.area-code')?.textContent ?? ''),
    ),
    document.getElementById('area-page-heading'),
    document.getElementById('areas-heading'),
    document.querySelector<HTMLElement>('.app-header h1'),
  ];
  for (const el of candidates) {
    if (!el || !el.isConnected) continue;
    // A heading takes focus only with a tabindex; -1 keeps it out of the Tab order.
    if (!el.matches('button, [role="row"], [tabindex]')) el.tabIndex = -1;
    el.focus();
    if (document.activeElement === el) return;
  }
}

interface Draft {
  code: string;
  title: string;
  weakness: string;
}

export function LetterDialog({ onClose: close }: { onClose: () => void }) {
  const openDialog = useUiStore((s) => s.openDialog);
  const added = useRef<AddedArea[]>([]);
  const onAdded = (area: AddedArea) => {
    added.current.push(area);
  };
  // react-aria returns focus to what opened the dialog, a frame after it closes; if that has
  // gone, focus is on the body by the frame after, and is moved somewhere that makes sense.
  const onClose = () => {
    const areas = added.current;
    close();
    requestAnimationFrame(() => requestAnimationFrame(() => focusAfterLetter(areas)));
  };
  const [text, setText] = useState('');
  const [result, setResult] = useState<LetterProposals | null>(null);
  const [undecided, setUndecided] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const find = async () => {
    if (text.trim() === '') {
      setError('Paste the text of the inspection or revisit letter first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // Reading the letter adds nothing; it only proposes.
      setResult(await api.call('areas/proposeFromLetter', { text }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const typeThemIn = () => openDialog({ kind: 'new-area' });

  return (
    <AppDialog title="Paste the inspection letter" isOpen onClose={onClose} isBusy={busy} size="large" unsaved={
        !result && text.trim()
          ? 'the letter you pasted'
          : result && undecided > 0
            ? `${plural(undecided, 'weakness', 'weaknesses')} found in the letter and not yet accepted`
            : null
      }
    >
      {!result ? (
        <>
          <p>
            Paste the whole text of the original inspection letter or the revisit letter. Revisit Ready finds the
            areas of significant weakness in it, and you accept, edit or reject each one. Nothing is added until you
            accept it.
          </p>
          <TextAreaField
            id="letter-text"
            label="Text of the letter"
            value={text}
            onChange={setText}
            rows={14}
            className="field-letter"
            error={error}
            autoFocus
          />
          <DialogActions>
            <Button variant="primary" onPress={() => void find()} isDisabled={busy}>
              {busy ? 'Reading the letter…' : 'Find the weaknesses'}
            </Button>
            <Button variant="quiet" onPress={onClose} isDisabled={busy}>
              Cancel
            </Button>
          </DialogActions>
        </>
      ) : (
        <Review
          result={result}
          onBack={() => setResult(null)}
          onClose={onClose}
          onTypeIn={typeThemIn}
          onAdded={onAdded}
          onUndecided={setUndecided}
        />
      )}
    </AppDialog>
  );
}

function Review({
  result,
  onBack,
  onClose,
  onTypeIn,
  onAdded,
  onUndecided,
}: {
  result: LetterProposals;
  onBack: () => void;
  onClose: () => void;
  onTypeIn: () => void;
  onAdded: (area: AddedArea) => void;
  /** How many proposals are still to decide, so closing by Escape can ask first. */
  onUndecided: (n: number) => void;
}) {
  const [states, setStates] = useState<ProposalState[]>(() => result.proposals.map(() => ({ state: 'pending' })));
  const found = result.proposals.length;
  const accepted = states.filter((s) => s.state === 'accepted').length;
  const undecided = states.filter((s) => s.state === 'pending' || s.state === 'editing').length;
  useEffect(() => onUndecided(undecided), [undecided, onUndecided]);
  // "Done" with weaknesses still to decide asks first: they would not be added.
  const [confirming, setConfirming] = useState(false);
  const done = () => {
    if (undecided === 0) return onClose();
    setConfirming(true);
    setTimeout(() => document.getElementById('letter-keep-deciding')?.focus(), 0);
  };
  const set = (i: number, s: ProposalState) => {
    setStates((all) => all.map((x, j) => (j === i ? s : x)));
    // A decided proposal loses its buttons: move on to the next one still to decide, else to Done.
    if (s.state === 'accepted' || s.state === 'rejected')
      setTimeout(() => {
        const next = document.querySelector<HTMLElement>('.proposal-list .proposal-pending .btn-primary, .proposal-list .proposal-editing .btn-primary');
        (next ?? document.getElementById('letter-done'))?.focus();
      }, 0);
  };
  // Accepting every proposal still to decide, as the letter words them (ones already in the
  // register are left for the user, as accepting them again would fail).
  const create = useAreasStore((s) => s.create);
  const [allBusy, setAllBusy] = useState(false);
  const [allError, setAllError] = useState<string | null>(null);
  const acceptable = result.proposals.flatMap((p, i) => (states[i]?.state === 'pending' && !p.existingAreaCode ? [{ p, i }] : []));
  const acceptAll = async () => {
    setAllBusy(true);
    setAllError(null);
    for (const { p, i } of acceptable) {
      try {
        const area = await create({ code: p.code, title: p.title, weakness: p.weakness });
        onAdded({ id: area.id, code: area.code });
        setStates((all) => all.map((x, j) => (j === i ? { state: 'accepted', code: area.code, id: area.id } : x)));
      } catch (e) {
        setAllError(`${p.code} was not added: ${messageOf(e)}`);
        setStates((all) => all.map((x, j) => (j === i ? { state: 'editing' } : x)));
        break;
      }
    }
    setAllBusy(false);
    setTimeout(() => document.getElementById('letter-done')?.focus(), 0);
  };
  const heading = useRef<HTMLParagraphElement>(null);
  // The pasted text has gone from the dialog: say what was found, and keep focus inside it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <div className={`notice ${found === 0 ? 'notice-warning' : 'notice-ok'}`} role="status">
        <p className="notice-title" tabIndex={-1} ref={heading}>
          {found === 0
            ? 'No weaknesses were found in this text'
            : `${found === 1 ? 'One weakness' : `${numberInWords(found).replace(/^./, (c) => c.toUpperCase())} weaknesses`} found`}
        </p>
        <p>{result.message}</p>
        {result.statedCount !== null && result.statedCount !== found && found > 0 ? (
          <p>
            The letter says there are {numberInWords(result.statedCount)}. Check it for any that were missed, and add
            them yourself.
          </p>
        ) : null}
      </div>
      {found === 0 ? (
        <p>
          The letter may word its list in a way Revisit Ready does not recognise. You can type the areas of concern in
          yourself, copying each weakness from the letter.
        </p>
      ) : (
        <ol className="proposal-list" aria-label="Proposed areas of concern">
          {result.proposals.map((p, i) => (
            <ProposalCard
              key={i}
              proposal={p}
              state={states[i] ?? { state: 'pending' }}
              onState={(s) => {
                if (s.state === 'accepted') onAdded({ id: s.id, code: s.code });
                set(i, s);
              }}
            />
          ))}
        </ol>
      )}
      <p className="quiet" role="status">
        {found > 0 ? `${accepted} accepted, ${undecided} still to decide.` : ''}
      </p>
      {allError ? (
        <p className="field-error" role="alert">
          {allError}
        </p>
      ) : null}
      {confirming && undecided > 0 ? (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">
            {undecided === 1 ? 'One weakness is' : `${numberInWords(undecided).replace(/^./, (c) => c.toUpperCase())} weaknesses are`} not added yet
          </p>
          <p>Only the areas you accept are added. Close now, and the rest of the letter’s weaknesses are left out.</p>
          <div className="review-notice-actions">
            <Button
              variant="primary"
              id="letter-keep-deciding"
              onPress={() => {
                setConfirming(false);
                // Back to the first weakness still to decide.
                setTimeout(() => document.querySelector<HTMLElement>('.proposal-list .proposal-pending .btn-primary, #letter-done')?.focus(), 0);
              }}
            >
              Keep deciding
            </Button>
            <Button variant="danger" onPress={onClose}>
              Close without adding them
            </Button>
          </div>
        </div>
      ) : null}
      <DialogActions>
        {found === 0 ? (
          <Button variant="primary" onPress={onTypeIn}>
            Type the areas in
          </Button>
        ) : (
          <>
            {acceptable.length > 1 ? (
              <Button variant="primary" onPress={() => void acceptAll()} isDisabled={allBusy}>
                {allBusy ? 'Adding…' : `Accept all ${acceptable.length}`}
              </Button>
            ) : null}
            <Button variant={undecided > 0 ? 'secondary' : 'primary'} onPress={done} id="letter-done" isDisabled={allBusy}>
              Done
            </Button>
          </>
        )}
        <Button variant="quiet" onPress={onBack}>
          Paste a different letter
        </Button>
        {found > 0 ? (
          <Button variant="quiet" onPress={onTypeIn}>
            Add one it missed…
          </Button>
        ) : null}
      </DialogActions>
    </>
  );
}

function ProposalCard({ proposal, state, onState }: { proposal: WeaknessProposal; state: ProposalState; onState: (s: ProposalState) => void }) {
  const create = useAreasStore((s) => s.create);
  const [draft, setDraft] = useState<Draft>({ code: proposal.code, title: proposal.title, weakness: proposal.weakness });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const name = draft.code || proposal.code;

  const accept = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const area = await create({ code: draft.code.trim(), title: draft.title.trim(), weakness: draft.weakness });
      onState({ state: 'accepted', code: area.code, id: area.id });
    } catch (e) {
      const mapped = mapErrors(e, { code: 'Code', title: 'Short title', weakness: 'Weakness' });
      setFieldErrors(mapped.fields);
      setError(mapped.form ?? (Object.keys(mapped.fields).length > 0 ? 'Correct the details below, then accept it again.' : null));
      onState({ state: 'editing' });
    } finally {
      setBusy(false);
    }
  };

  const cls = `proposal proposal-${state.state}`;
  if (state.state === 'accepted' || state.state === 'rejected') {
    return (
      <li className={cls}>
        <p className="proposal-head">
          <span className="area-code">{draft.code}</span> — {draft.title}{' '}
          {state.state === 'accepted' ? (
            <span className="tone tone-green">Added as {state.code}</span>
          ) : (
            <span className="tone tone-grey">Rejected</span>
          )}
        </p>
        {state.state === 'rejected' ? (
          <Button variant="link" size="small" aria-label={`Reconsider ${name}`} onPress={() => onState({ state: 'pending' })}>
            Reconsider
          </Button>
        ) : null}
      </li>
    );
  }

  return (
    <li className={cls}>
      {state.state === 'editing' ? (
        <div className="proposal-edit">
          <div className="field-row field-row-code">
            <TextInputField autoFocus label="Code" hiddenLabelSuffix={`of proposal ${proposal.code}`} value={draft.code} onChange={(code) => setDraft({ ...draft, code })} error={fieldErrors.code} className="field-code" />
            <TextInputField label="Short title" hiddenLabelSuffix={`of proposal ${proposal.code}`} value={draft.title} onChange={(title) => setDraft({ ...draft, title })} error={fieldErrors.title} />
          </div>
          <TextAreaField label="Weakness" hiddenLabelSuffix={`of proposal ${proposal.code}`} value={draft.weakness} onChange={(weakness) => setDraft({ ...draft, weakness })} error={fieldErrors.weakness} rows={5} />
        </div>
      ) : (
        <>
          <h3 className="proposal-head">
            <span className="area-code">{draft.code}</span> — {draft.title}
          </h3>
          <blockquote className="weakness-quote">{draft.weakness}</blockquote>
        </>
      )}
      {proposal.existingAreaCode ? (
        <p className="tone tone-amber proposal-existing">Already in the register as {proposal.existingAreaCode}</p>
      ) : null}
      {proposal.judgement ? (
        <p className="quiet">The letter judged it: {proposal.judgement === 'sufficient' ? 'sufficient progress' : 'not sufficient progress'}.</p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="proposal-actions">
        <Button variant="primary" size="small" aria-label={`Accept ${name}`} onPress={() => void accept()} isDisabled={busy}>
          {busy ? 'Adding…' : 'Accept'}
        </Button>
        {state.state === 'editing' ? null : (
          <Button variant="secondary" size="small" aria-label={`Edit ${name}`} onPress={() => onState({ state: 'editing' })} isDisabled={busy}>
            Edit
          </Button>
        )}
        <Button variant="quiet" size="small" aria-label={`Reject ${name}`} onPress={() => onState({ state: 'rejected' })} isDisabled={busy}>
          Reject
        </Button>
      </div>
    </li>
  );
}
