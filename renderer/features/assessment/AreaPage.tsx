/**
 * One area of concern on a page: the weakness as the letter words it, who carries it,
 * the judgement and its findings, the deep-dive questions, the WSoA actions and the
 * history of every change to the judgement and findings.
 */
import { useEffect, useRef } from 'react';
import type { Area } from '../../../shared/schemas/areas.ts';
import { Button } from '../../components/Button.tsx';
import { useLibraryChanged } from '../../api/useLibraryChanged.ts';
import { areaLabel, useAreasStore } from '../../stores/areas.ts';
import { useAssessmentStore } from '../../stores/assessment.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useUiStore } from '../../stores/ui.ts';
import { useViewStore, type AreaSection } from '../../stores/view.ts';
import { ActionsSection } from '../actions/ActionsSection.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { JudgementSection } from './JudgementSection.tsx';
import { ReviewSection } from './ReviewSection.tsx';

export const sectionId = (s: AreaSection) => `area-section-${s}`;

export function AreaPage() {
  const areas = useAreasStore((s) => s.areas);
  const loaded = useAreasStore((s) => s.loaded);
  const areaId = useViewStore((s) => s.areaId);
  const openArea = useViewStore((s) => s.openArea);
  const openDialog = useUiStore((s) => s.openDialog);
  const area = areas.find((a) => a.id === areaId) ?? null;

  // With no area chosen yet (or the chosen one deleted), show the first.
  useEffect(() => {
    if (loaded && !area && areas[0]) openArea(areas[0].id);
  }, [loaded, area, areas, openArea]);

  return (
    <div className="planning planning-area">
      <nav className="area-nav" aria-label="Area pages">
        <h2 className="nav-heading" id="area-nav-heading">
          Areas of concern
        </h2>
        <ul className="area-nav-list" aria-labelledby="area-nav-heading">
          {areas.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="area-nav-item"
                aria-current={a.id === area?.id ? 'page' : undefined}
                onClick={() => openArea(a.id)}
              >
                <span className="area-code">{a.code}</span> <span className="area-nav-title">{a.title}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="area-nav-actions">
          <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'new-area' })}>
            Add an area of concern
          </Button>
          <Button variant="quiet" size="small" onPress={() => openDialog({ kind: 'letter' })}>
            Paste the inspection letter…
          </Button>
        </div>
      </nav>
      <section className="planning-main" aria-labelledby="area-page-heading">
        {area ? (
          <AreaContent key={area.id} area={area} />
        ) : loaded ? (
          <div className="empty">
            <h2 className="empty-title" id="area-page-heading">
              No areas of concern yet
            </h2>
            <p>Add the areas of significant weakness from the inspection letter, or paste the letter and choose from what it finds.</p>
            <Button variant="primary" onPress={() => openDialog({ kind: 'letter' })}>
              Paste the inspection letter…
            </Button>
          </div>
        ) : (
          <p className="quiet pane-loading" id="area-page-heading">
            Loading…
          </p>
        )}
      </section>
    </div>
  );
}

function AreaContent({ area }: { area: Area }) {
  const load = useAssessmentStore((s) => s.load);
  const refresh = useAssessmentStore((s) => s.refresh);
  const loaded = useAssessmentStore((s) => s.loaded && s.areaId === area.id);
  const error = useAssessmentStore((s) => s.error);
  const assessment = useAssessmentStore((s) => (s.areaId === area.id ? s.assessment : null));
  const focus = useViewStore((s) => s.focus);
  const focusSeq = useViewStore((s) => s.focusSeq);
  const focusDone = useViewStore((s) => s.focusDone);
  const openDialog = useUiStore((s) => s.openDialog);
  const show = useViewStore((s) => s.show);
  const setScope = useEvidenceStore((s) => s.setScope);
  const top = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load(area.id);
  }, [area.id, load]);

  // Changes made elsewhere (another window, the command line) show here too.
  useLibraryChanged(refresh);

  // Bring the asked-for section into view once the page has loaded.
  useEffect(() => {
    if (!loaded || !focus) return;
    const el = focus === 'top' ? top.current : document.getElementById(sectionId(focus));
    if (el) {
      // The top of the page keeps its padding above the heading; a section is brought to the top.
      if (focus === 'top') el.closest<HTMLElement>('.planning-main')?.scrollTo?.({ top: 0 });
      else el.scrollIntoView?.({ block: 'start' });
      const target = focus === 'top' ? el : (el.querySelector<HTMLElement>('[data-section-focus]') ?? el);
      target.focus({ preventScroll: true });
    }
    focusDone();
  }, [loaded, focus, focusSeq, focusDone]);

  return (
    <div className="area-page">
      <div className="area-page-header">
        <h2 className="area-page-title" id="area-page-heading" tabIndex={-1} ref={top}>
          {areaLabel(area)}
        </h2>
        <div className="area-page-actions">
          <Button
            variant="secondary"
            size="small"
            onPress={() => {
              void setScope({ type: 'area', areaId: area.id });
              show('evidence');
            }}
          >
            Show its evidence ({area.evidenceCount})
          </Button>
          <Button variant="secondary" size="small" onPress={() => openDialog({ kind: 'edit-area', areaId: area.id })}>
            Edit {area.code}…
          </Button>
        </div>
      </div>

      <section className="area-block" aria-labelledby="weakness-heading">
        <h3 className="section-heading" id="weakness-heading">
          At the initial inspection, inspectors found the following
        </h3>
        <blockquote className="weakness-quote area-weakness">{area.weakness}</blockquote>
        <dl className="area-facts">
          <div>
            <dt>Workstreams</dt>
            <dd>{area.workstreams.length > 0 ? area.workstreams.join('; ') : <span className="quiet">None given</span>}</dd>
          </div>
          <div>
            <dt>Lead</dt>
            <dd>{area.lead || <span className="quiet">None given</span>}</dd>
          </div>
        </dl>
      </section>

      {error ? (
        <p className="pane-error" role="alert">
          {error}
        </p>
      ) : null}
      {!assessment ? (
        <p className="quiet" aria-busy="true">
          Loading the judgement, findings and actions…
        </p>
      ) : (
        <>
          <JudgementSection key={area.id} area={area} assessment={assessment} />
          <FindingsSection area={area} findings={assessment.findings} />
          <ReviewSection area={area} review={assessment.review} />
          <ActionsSection area={area} />
          <HistorySection area={area} />
        </>
      )}
    </div>
  );
}
