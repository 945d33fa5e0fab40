/** The main window's options: the security flags of the baseline, and its size. */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  /** Developer tools: on in development only. */
  devTools?: boolean;
}

export function windowOptions({ preloadPath, devTools = false }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Revisit Ready',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false, // shown on 'ready-to-show', so no blank flash
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools,
    },
  };
}
