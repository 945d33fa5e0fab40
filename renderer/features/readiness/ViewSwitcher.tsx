import { useViewStore, type ViewName } from '../../stores/view.ts';
import { showAreas } from '../main/showAreas.ts';

const views: { id: ViewName; label: string }[] = [
  { id: 'evidence', label: 'Evidence' },
  { id: 'area', label: 'Areas' },
  { id: 'readiness', label: 'Readiness' },
  { id: 'voices', label: 'Voices' },
];

/** Moves between the evidence library, the area pages and the readiness dashboard. */
export function ViewSwitcher() {
  const view = useViewStore((s) => s.view);
  const show = useViewStore((s) => s.show);
  return (
    <nav className="view-switcher" aria-label="Screens">
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          className="view-switch"
          aria-current={view === v.id ? 'page' : undefined}
          // Like the other screens, Areas leaves focus here, on the switcher.
          onClick={() => (v.id === 'area' ? showAreas(null) : show(v.id))}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
