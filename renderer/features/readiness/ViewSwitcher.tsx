import { useAreasStore } from '../../stores/areas.ts';
import { useEvidenceStore } from '../../stores/evidence.ts';
import { useViewStore, type ViewName } from '../../stores/view.ts';

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
  const openArea = useViewStore((s) => s.openArea);
  return (
    <nav className="view-switcher" aria-label="Screens">
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          className="view-switch"
          aria-current={view === v.id ? 'page' : undefined}
          onClick={() => {
            if (v.id !== 'area') return show(v.id);
            // The area chosen in the evidence library, else the one last shown, else the first.
            const scope = useEvidenceStore.getState().scope;
            const last = useViewStore.getState().areaId;
            const first = useAreasStore.getState().areas[0]?.id;
            const id = scope.type === 'area' ? scope.areaId : (last ?? first);
            if (id) openArea(id);
            else show('area');
          }}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
