import type { Area } from '../../../shared/schemas/areas.ts';
import type { Action } from '../../../shared/schemas/actions.ts';
import { formatDate } from '../../../shared/format.ts';
import { messageOf } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { focusIfLost } from '../../components/focus.ts';
import { showToast } from '../../components/Toasts.tsx';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { say } from '../../stores/status.ts';
import { useUiStore } from '../../stores/ui.ts';
import { sectionId } from '../assessment/AreaPage.tsx';
import { StatusTag } from './StatusTag.tsx';

export function ActionsSection({ area }: { area: Area }) {
  const actions = useAssessmentStore((s) => s.actions);
  const linked = useAssessmentStore((s) => s.linked);
  const remove = useAssessmentStore((s) => s.deleteAction);
  const restore = useAssessmentStore((s) => s.restoreAction);
  const openDialog = useUiStore((s) => s.openDialog);
  const titles = new Map(linked.map((l) => [l.id, l.title]));
  const complete = actions.filter((a) => a.complete).length;
  const pastDue = actions.filter((a) => a.pastDue).length;
  const name = (a: Action) => (a.ref ? `action ${a.ref}` : `“${a.text.slice(0, 40)}${a.text.length > 40 ? '…' : ''}”`);

  const del = async (a: Action) => {
    try {
      const { restore: back } = await remove(a.id);
      focusIfLost('#actions-heading'); // its Delete button went with it
      showToast({
        title: `Deleted ${name(a)}`,
        description: `It was one of ${area.code}’s WSoA actions.`,
        action: { label: 'Undo', onAction: () => void restore(back).catch((e: unknown) => say(messageOf(e))) },
      });
    } catch (e) {
      say(messageOf(e));
    }
  };

  return (
    <section className="area-block" id={sectionId('actions')} aria-labelledby="actions-heading">
      <div className="section-header">
        <h3 className="section-heading" id="actions-heading" tabIndex={-1} data-section-focus>
          WSoA actions ({actions.length})
        </h3>
        <div className="section-header-actions">
          <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'action', areaId: area.id })}>
            Add an action
          </Button>
          <Button variant="quiet" size="small" onPress={() => openDialog({ kind: 'import-actions', areaId: area.id })}>
            Import from a tracker…
          </Button>
        </div>
      </div>
      {actions.length === 0 ? (
        <p className="quiet section-empty">
          No actions yet. Add the Written Statement of Action’s actions for {area.code}, or import them from your tracker
          spreadsheet.
        </p>
      ) : (
        <>
          <p className="quiet">
            {complete} of {actions.length} complete{pastDue > 0 ? `; ${pastDue} past due` : ''}.
          </p>
          <div className="data-table-wrap">
            <table className="data-table actions-table">
              <caption className="visually-hidden">WSoA actions for {area.code}</caption>
              <thead>
                <tr>
                  <th scope="col">Ref</th>
                  <th scope="col">Action</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Evidence</th>
                  <th scope="col">
                    <span className="visually-hidden">Changes</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.id} className={a.pastDue ? 'row-past-due' : undefined}>
                    <td className="num">{a.ref || '—'}</td>
                    <th scope="row" className="action-text">
                      {a.text}
                    </th>
                    <td>{a.owner || '—'}</td>
                    <td className="nowrap">
                      {formatDate(a.dueOn, '—')}
                      {a.pastDue ? (
                        <>
                          {' '}
                          <span className="tone tone-red">Past due</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <StatusTag label={a.statusLabel} colour={a.statusColour} />
                    </td>
                    <td className="action-evidence">
                      <ActionEvidence ids={a.evidenceIds} titles={titles} />
                    </td>
                    <td className="nowrap">
                      <Button variant="quiet" size="small" aria-label={`Edit ${name(a)}`} onPress={() => openDialog({ kind: 'action', areaId: area.id, actionId: a.id })}>
                        Edit
                      </Button>
                      <Button variant="quiet" size="small" aria-label={`Delete ${name(a)}`} onPress={() => void del(a)}>
                        Delete
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The items an action is linked to, by title; ones no longer linked to the area are counted. */
function ActionEvidence({ ids, titles }: { ids: readonly string[]; titles: ReadonlyMap<string, string> }) {
  if (ids.length === 0) return <span className="quiet">None</span>;
  const known = ids.map((id) => titles.get(id)).filter((t): t is string => t !== undefined);
  const others = ids.length - known.length;
  return (
    <ul className="action-evidence-list">
      {known.map((t, i) => (
        <li key={`${i}-${t}`}>{t}</li>
      ))}
      {others > 0 ? <li className="quiet">{others === 1 ? '1 other item' : `${others} other items`}</li> : null}
    </ul>
  );
}
