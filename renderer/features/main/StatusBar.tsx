import { formatDate, plural, todayIso } from '../../../shared/format.ts';
import { useAppStore } from '../../stores/app.ts';
import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useStatusStore } from '../../stores/status.ts';
import { revisitWindowNote } from './revisitWindow.ts';

export function StatusBar() {
  const library = useAppStore((s) => s.library);
  const counts = useEvidenceStore((s) => s.counts);
  const areas = useAreasStore((s) => s.areas);
  const message = useStatusStore((s) => s.message);
  const details = library?.details;
  const revisit = details ? revisitWindowNote(details.revisitWindowStart, details.revisitWindowEnd, todayIso()) : null;
  return (
    <footer className="status-bar">
      <span className="status-counts">
        {counts.all === null ? '' : plural(counts.all, 'evidence item')}
        {counts.unlinked ? ` · ${counts.unlinked.toLocaleString('en-GB')} unlinked` : ''}
        {` · ${plural(areas.length, 'area of concern', 'areas of concern')}`}
        {revisit ? (
          <span title={`Revisit window ${formatDate(details?.revisitWindowStart)} to ${formatDate(details?.revisitWindowEnd, 'not set')} (Library details)`}>
            {` · ${revisit}`}
          </span>
        ) : null}
      </span>
      <span className="status-message" role="status" aria-live="polite">
        {message}
      </span>
      {library ? (
        <span className="status-path" title={library.path}>
          {/* Marks keep the path's leading slash in place while it is cut from the left. */}
          {`\u200e${library.path}\u200e`}
        </span>
      ) : null}
    </footer>
  );
}
