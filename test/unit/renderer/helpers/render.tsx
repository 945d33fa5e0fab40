import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { setTransport } from '../../../../renderer/api/client.ts';
import { App } from '../../../../renderer/App.tsx';
import { toasts } from '../../../../renderer/components/Toasts.tsx';
import { useAppStore } from '../../../../renderer/stores/app.ts';
import { useAreasStore } from '../../../../renderer/stores/areas.ts';
import { useEvidenceStore } from '../../../../renderer/stores/evidence.ts';
import { useStatusStore } from '../../../../renderer/stores/status.ts';
import { useUiStore } from '../../../../renderer/stores/ui.ts';
import { resetPlanningStores } from '../../../../renderer/stores/planning.ts';
import type { createFake } from './fake.ts';

afterEach(() => {
  cleanup();
  toasts.clear();
});

export function resetStores() {
  useAppStore.getState().reset();
  useAreasStore.getState().reset();
  useEvidenceStore.getState().reset();
  useUiStore.getState().reset();
  useStatusStore.getState().reset();
  resetPlanningStores();
}

/** Renders the whole app against a fake core. */
export function renderApp(fake: ReturnType<typeof createFake>) {
  resetStores();
  setTransport(fake.transport);
  const user = userEvent.setup();
  const result = render(<App />);
  return { user, ...result };
}
