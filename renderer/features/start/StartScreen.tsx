/**
 * Shown when no library is open: create one, open the example, or (less often) open a
 * library folder or restore a backup. A library that failed to open is explained first.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Disclosure, DisclosurePanel, Heading, Button as AriaButton } from 'react-aria-components';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextInputField } from '../../components/fields.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { api, messageOf } from '../../api/client.ts';
import { useAppStore } from '../../stores/app.ts';
import { formatDate } from '../../../shared/format.ts';
import {
  checkDraft,
  DetailsFields,
  detailsFieldLabels,
  detailsFieldOrder,
  detailsInput,
  emptyDraft,
  type DetailsDraft,
  type DetailsField,
} from '../library/detailsForm.tsx';
import { RestoreForm } from '../library/RestoreForm.tsx';
import { focusIsLost } from '../../components/focus.ts';
import { focusMainHeading } from './focusMain.ts';
import { StartAgainDialog } from './StartAgainDialog.tsx';

const createId = (f: DetailsField) => `create-${f}`;

export function StartScreen() {
  const appState = useAppStore((s) => s.appState);
  const [mode, setMode] = useState<'choose' | 'create'>('choose');
  const title = useRef<HTMLHeadingElement>(null);

  // Back here after closing a library (not on first opening the app): the menu item that
  // closed it has gone with the library, so focus would fall to the body; start at the top.
  useEffect(() => {
    if (useAppStore.getState().generation > 0 && focusIsLost()) title.current?.focus();
  }, []);

  return (
    <main className="start" id="main">
      <div className="start-inner">
        <header className="start-header">
          <h1 className="start-title" tabIndex={-1} ref={title}>
            Revisit Ready
          </h1>
          <p className="start-purpose">
            Gather the evidence for your local area’s SEND revisit, link each item to the area of concern it
            evidences, and be ready when inspectors return.
          </p>
        </header>

        {appState?.openError ? (
          <div className="notice notice-error" role="alert">
            <h2 className="notice-title">The library could not be opened</h2>
            <p>{appState.openError.message}</p>
          </div>
        ) : null}

        {mode === 'create' ? (
          <CreateLibraryForm onCancel={() => setMode('choose')} />
        ) : (
          <Choices onCreate={() => setMode('create')} />
        )}
      </div>
    </main>
  );
}

/** Libraries opened lately (a restored backup, another local area's), other than the default one shown above. */
function RecentLibraries({ busy, onOpen }: { busy: boolean; onOpen: (path: string) => void }) {
  const appState = useAppStore((s) => s.appState);
  const recent = (appState?.recentLibraries ?? []).filter((r) => !appState?.defaultLibraryExists || r.path !== appState.defaultLibraryPath).slice(0, 6);
  if (recent.length === 0) return null;
  return (
    <section className="choice choice-wide recent-libraries" aria-labelledby="recent-title">
      <h2 className="choice-title" id="recent-title">
        Libraries you opened lately
      </h2>
      <ul className="recent-list">
        {recent.map((r) => (
          <li key={r.path} className="recent-item">
            <Button variant="secondary" size="small" isDisabled={busy} onPress={() => onOpen(r.path)} aria-label={`Open “${r.name}” in ${r.path}`}>
              Open “{r.name}”
            </Button>
            <span className="recent-where">
              <span className="path">{r.path}</span>
              <span className="quiet"> · last opened {formatDate(r.openedAt.slice(0, 10))}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Choices({ onCreate }: { onCreate: () => void }) {
  const appState = useAppStore((s) => s.appState);
  const openExample = useAppStore((s) => s.openExample);
  const openFolder = useAppStore((s) => s.openFolder);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Whether the user has a copy of the example already (their practice work in it is kept).
  const [copyExists, setCopyExists] = useState(false);
  const [startingAgain, setStartingAgain] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('library/exampleState', {}).then(
      (r) => live && setCopyExists(r.copyExists),
      () => undefined, // Not knowing only hides "Start the example again…".
    );
    return () => {
      live = false;
    };
  }, []);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      focusMainHeading();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <>
      {error ? (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {appState?.defaultLibraryExists ? (
        <section className="choice choice-wide" aria-labelledby="existing-title">
          <h2 className="choice-title" id="existing-title">
            Your library
          </h2>
          <p>
            There is already a library in <span className="path">{appState.defaultLibraryPath}</span>.
          </p>
          <Button variant="primary" isDisabled={busy} onPress={() => run(() => openFolder(appState.defaultLibraryPath))}>
            Open your library
          </Button>
        </section>
      ) : null}
      <RecentLibraries busy={busy} onOpen={(path) => run(() => openFolder(path))} />
      <div className="choices">
        <section className="choice" aria-labelledby="create-title">
          <h2 className="choice-title" id="create-title">
            Start your own library
          </h2>
          <p>
            Name your local area and its partners, and note the key dates. You then add your areas of concern
            and the evidence for each.
          </p>
          <Button variant="primary" isDisabled={busy} onPress={onCreate}>
            Create a library
          </Button>
        </section>
        <section className="choice" aria-labelledby="example-title">
          <h2 className="choice-title" id="example-title">
            Look around first
          </h2>
          <p>
            The example library holds made-up areas of concern, evidence and a drafted assessment, so you can see how
            it works. It opens a copy, so nothing you do changes the original.
          </p>
          {copyExists ? (
            <p id="example-kept">
              Your copy of the example is kept with whatever you changed in it, and opens as you left it.
            </p>
          ) : null}
          <div className="form-actions">
            <Button variant="secondary" isDisabled={busy} onPress={() => run(openExample)} aria-describedby={copyExists ? 'example-kept' : undefined}>
              Open the example library
            </Button>
            {copyExists ? (
              <Button variant="quiet" isDisabled={busy} onPress={() => setStartingAgain(true)}>
                Start the example again…
              </Button>
            ) : null}
          </div>
          <StartAgainDialog isOpen={startingAgain} onClose={() => setStartingAgain(false)} />
        </section>
      </div>

      <div className="start-more">
        <Disclosure className="disclosure">
          <Heading level={2} className="disclosure-heading">
            <AriaButton slot="trigger" className="disclosure-trigger">
              <span className="disclosure-chevron" aria-hidden="true">
                ▸
              </span>
              Open a library folder
            </AriaButton>
          </Heading>
          <DisclosurePanel className="disclosure-panel">
            <OpenFolderForm />
          </DisclosurePanel>
        </Disclosure>
        <Disclosure className="disclosure">
          <Heading level={2} className="disclosure-heading">
            <AriaButton slot="trigger" className="disclosure-trigger">
              <span className="disclosure-chevron" aria-hidden="true">
                ▸
              </span>
              Restore from a backup
            </AriaButton>
          </Heading>
          <DisclosurePanel className="disclosure-panel">
            <RestoreForm idPrefix="start-restore" />
          </DisclosurePanel>
        </Disclosure>
      </div>
    </>
  );
}

function OpenFolderForm() {
  const openFolder = useAppStore((s) => s.openFolder);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (path.trim() === '') {
      setError('Enter the folder that holds the library, for example C:\\Users\\you\\Documents\\Revisit library.');
      document.getElementById('open-path')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await openFolder(path.trim());
      focusMainHeading();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
      document.getElementById('open-path')?.focus();
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextInputField
        id="open-path"
        label="Library folder"
        description="The full path of a folder holding a Revisit Ready library, for example one a colleague shared."
        value={path}
        onChange={setPath}
        error={error}
        isRequired
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" isDisabled={busy}>
          {busy ? 'Opening…' : 'Open library'}
        </Button>
      </div>
    </form>
  );
}

function CreateLibraryForm({ onCancel }: { onCancel: () => void }) {
  const createLibrary = useAppStore((s) => s.createLibrary);
  const appState = useAppStore((s) => s.appState);
  const [draft, setDraft] = useState<DetailsDraft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(detailsFieldLabels, detailsFieldOrder, createId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!errors.check(checkDraft(draft))) return;
    setBusy(true);
    try {
      await createLibrary(detailsInput(draft));
      // The form has gone with the start screen: land on the new library's name.
      focusMainHeading();
    } catch (err) {
      errors.fromError(err);
      setBusy(false);
    }
  };

  return (
    <section className="panel create-panel" aria-labelledby="create-form-title">
      <h2 className="panel-title" id="create-form-title">
        Create a library
      </h2>
      <p className="panel-lead">
        You can change all of this later in Library details.
        {appState?.defaultLibraryPath ? (
          <>
            {' '}
            The library will be kept in <span className="path">{appState.defaultLibraryPath}</span>.
          </>
        ) : null}
      </p>
      <ErrorSummary items={errors.summary} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="create-form-title">
        <DetailsFields idPrefix="create" draft={draft} onChange={setDraft} errors={errors.fields} autoFocus />
        <div className="form-actions">
          <Button type="submit" variant="primary" isDisabled={busy}>
            {busy ? 'Creating…' : 'Create library'}
          </Button>
          <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
            Back
          </Button>
        </div>
      </form>
    </section>
  );
}
