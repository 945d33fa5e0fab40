import { useEffect } from 'react';
import { I18nProvider } from 'react-aria-components';
import { api } from './api/client.ts';
import { Button } from './components/Button.tsx';
import { ToastArea } from './components/Toasts.tsx';
import { MainScreen } from './features/main/MainScreen.tsx';
import { StartScreen } from './features/start/StartScreen.tsx';
import { useAppStore } from './stores/app.ts';

export function App() {
  const phase = useAppStore((s) => s.phase);
  const loadError = useAppStore((s) => s.loadError);
  const load = useAppStore((s) => s.load);
  const markUnauthorised = useAppStore((s) => s.markUnauthorised);

  useEffect(() => {
    const off = api.onUnauthorised(markUnauthorised);
    void load();
    return off;
  }, [load, markUnauthorised]);

  // UK conventions for every react-aria control (dates read day/month/year, weeks start on
  // Monday), whatever language the browser or the council's machine is set to.
  return (
    <I18nProvider locale="en-GB">
      {phase === 'loading' ? (
        <main className="full-page" id="main" aria-busy="true">
          <p className="quiet">Opening Revisit Ready…</p>
        </main>
      ) : phase === 'unauthorised' ? (
        <main className="full-page" id="main">
          <div className="full-page-box">
            <h1>This address is missing its access token</h1>
            <p>
              For your security, Revisit Ready only answers the address it printed when it started, which ends with a
              token. Open the address printed by <code>revisit serve</code> again, in this browser.
            </p>
          </div>
        </main>
      ) : phase === 'failed' ? (
        <main className="full-page" id="main">
          <div className="full-page-box">
            <h1>Revisit Ready could not start</h1>
            <p>{loadError}</p>
            <Button variant="primary" onPress={() => void load()}>
              Try again
            </Button>
          </div>
        </main>
      ) : phase === 'start' ? (
        <StartScreen />
      ) : (
        <MainScreen />
      )}
      <ToastArea />
    </I18nProvider>
  );
}
