/**
 * "You said, we did": on a feedback item, the evidence item recording the action taken
 * (chosen by title, opened with a click, removed with a button); on any item that answers
 * feedback, the feedback it answers. The pairing is made from the feedback side only.
 */
import { useCallback, useEffect, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, Button as AriaButton, type Key } from 'react-aria-components';
import type { Evidence, EvidenceSummary } from '../../../shared/schemas/evidence.ts';
import type { EvidenceRef, FeedbackPairs } from '../../../shared/schemas/feedback.ts';
import { formatDate } from '../../../shared/format.ts';
import { api, messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { say } from '../../stores/status.ts';
import { openItem } from '../search/openItem.ts';

/** A title in quotation marks, unless it already starts with one (a quote's own title). */
const quoted = (title: string) => (/^[“"‘]/.test(title) ? title : `“${title}”`);

function ItemLink({ item }: { item: EvidenceRef }) {
  return (
    <span className="pair-item">
      <Button variant="link" className="pair-link" onPress={() => void openItem(item.id, { focus: true })}>
        {item.title}
      </Button>
      {item.asAt ? <span className="quiet"> as at {formatDate(item.asAt)}</span> : null}
    </span>
  );
}

export function AnswerPairsSection({ evidence }: { evidence: Evidence }) {
  const [pairs, setPairs] = useState<FeedbackPairs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = evidence.id;
  const isFeedback = evidence.kind === 'feedback';

  const load = useCallback(async () => {
    try {
      setPairs(await api.call('feedback/pairs', { id }));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load, evidence.updatedAt]);

  const answer = async (answeredBy: string | null, title?: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.call('feedback/answer', { id, answeredBy });
      say(answeredBy ? `${quoted(evidence.title)} is now answered by ${title ? quoted(title) : 'the item'}.` : `${quoted(evidence.title)} is no longer paired with an action.`);
      await load();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const answers = pairs?.answers ?? [];
  if (!isFeedback && answers.length === 0) return null;

  return (
    <section className="details-section pairs-section" aria-labelledby="pairs-heading">
      <div className="section-header">
        <h3 className="section-heading" id="pairs-heading">
          You said, we did
        </h3>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {isFeedback && pairs ? (
        pairs.answeredBy ? (
          <div className="pair-answered">
            <p className="field-label">Answered by</p>
            <div className="pair-row">
              <ItemLink item={pairs.answeredBy} />
              <Button variant="quiet" size="small" isDisabled={busy} onPress={() => void answer(null)} aria-label={`Remove “${pairs.answeredBy.title}” as the answer`}>
                Remove
              </Button>
            </div>
          </div>
        ) : (
          <AnswerPicker selfId={id} isDisabled={busy} onPick={(item) => void answer(item.id, item.title)} />
        )
      ) : null}
      {answers.length > 0 ? (
        <>
          <h4 className="pairs-subheading">Answers this feedback</h4>
          <ul className="pair-list">
            {answers.map((a) => (
              <li key={a.id}>
                <ItemLink item={a} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Chooses the item recording the action taken, by title, from every item in the library but this one. */
function AnswerPicker({ selfId, isDisabled, onPick }: { selfId: string; isDisabled: boolean; onPick: (item: EvidenceSummary) => void }) {
  const [items, setItems] = useState<EvidenceSummary[] | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    let live = true;
    api
      .call('evidence/list', { scope: { type: 'all' } })
      .then((list) => {
        if (live) setItems(list.filter((i) => i.id !== selfId));
      })
      .catch(() => {
        if (live) setItems([]);
      });
    return () => {
      live = false;
    };
  }, [selfId]);

  const needle = text.trim().toLowerCase();
  const shown = (items ?? []).filter((i) => !needle || i.title.toLowerCase().includes(needle)).slice(0, 100);

  return (
    <ComboBox
      className="field"
      id="answered-by"
      inputValue={text}
      onInputChange={setText}
      items={shown}
      isDisabled={isDisabled}
      menuTrigger="focus"
      // Typed before the titles have loaded, the list opens saying so, and fills when they come.
      allowsEmptyCollection
      onSelectionChange={(key: Key | null) => {
        if (key === null) return;
        const item = items?.find((i) => i.id === String(key));
        if (item) {
          setText('');
          onPick(item);
        }
      }}
    >
      <Label className="field-label">Answered by</Label>
      <Text slot="description" className="field-description">
        The evidence item recording what was done in response: type part of its title.
      </Text>
      <div className="combo">
        <Input className="input combo-input" placeholder="Find an item by title…" />
        <AriaButton className="combo-button" aria-label="Show items">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{items === null ? 'Loading…' : 'No item has that in its title'}</div>}>
          {(i: EvidenceSummary) => (
            <ListBoxItem id={i.id} className="listbox-item" textValue={i.title}>
              {i.title}
              {i.asAt ? <span className="quiet"> · {formatDate(i.asAt)}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
