import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseTransport, setTransport } from './api/client.ts';
import { App } from './App.tsx';
import './styles/app.css';
import './styles/planning.css';
import './styles/import-search.css';
import './styles/export.css';
import './styles/series.css';
import './styles/voices.css';

// Chosen once: Electron's bridge when present, else the web host (reads and hides the token).
setTransport(chooseTransport(window));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
