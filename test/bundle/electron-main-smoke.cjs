/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: it loads the CommonJS bundle with a stand-in for the electron module. */
/**
 * Smoke test of the bundled Electron main process (dist/electron/main.cjs), which Electron
 * itself cannot run on the build machines. A minimal stand-in for the 'electron' module
 * lets the bundle start; the core is then driven through the IPC handler it registers,
 * as the window would: open the example library, export the pack in every format (pdfkit
 * reads data files beside the bundle, the Word pack draws charts with a native addon),
 * preview a data series import, and import documents (read in worker threads, whose script
 * is a bundle of its own) from a folder and from bytes sent as a dropped file would be. Run by `npm run test:e2e` after `npm run build:electron`.
 */
const Module = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'revisit-bundle-'));
const noop = () => {};
/** Anything the shell touches that this test does not care about (session hardening, web contents). */
const anything = () => new Proxy(function () {}, { get: (_t, k) => (k === 'then' ? undefined : anything()), apply: () => anything() });
let invoke = null;
const electron = {
  app: {
    setName: noop,
    setPath: noop,
    getPath: (name) => (name === 'userData' ? data : path.join(data, name)),
    setAppUserModelId: noop,
    enableSandbox: noop,
    commandLine: { appendSwitch: noop },
    requestSingleInstanceLock: () => true,
    on: noop,
    whenReady: () => Promise.resolve(),
    isPackaged: false,
    getAppPath: () => root,
    quit: noop,
    exit: noop,
  },
  ipcMain: {
    handle: (channel, fn) => {
      if (channel === 'revisit:invoke') invoke = fn;
    },
    removeHandler: noop,
  },
  protocol: { registerSchemesAsPrivileged: noop, handle: noop },
  session: { defaultSession: anything() },
  BrowserWindow: class {
    constructor() {
      this.webContents = anything();
    }
    once() {}
    on() {}
    loadURL() {
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    show() {}
  },
  Menu: { setApplicationMenu: noop, buildFromTemplate: () => ({}) },
  dialog: { showErrorBox: (title, text) => console.error(`${title}: ${text}`) },
  shell: { openExternal: noop },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

const fail = (message) => {
  console.error(`The bundled Electron main failed: ${message}`);
  process.exit(1);
};

require(path.join(root, 'dist', 'electron', 'main.cjs'));

async function call(method, input) {
  const r = await invoke({ senderFrame: { url: 'app://renderer/index.html', parent: null } }, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

/** A one-page PDF (pdfkit) and a Word document (docx) holding `words`, in a folder of their own. */
async function makeDocuments(words) {
  const folder = fs.mkdtempSync(path.join(data, 'drop-'));
  const PDFDocument = require('pdfkit');
  const pdf = new PDFDocument();
  const chunks = [];
  pdf.on('data', (c) => chunks.push(c));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  pdf.text(`Tribunal appeals fell this year. ${words[0]}`);
  pdf.end();
  await ended;
  fs.writeFileSync(path.join(folder, 'appeals.pdf'), Buffer.concat(chunks));
  const { Document, Packer, Paragraph } = require('docx');
  const docx = new Document({ sections: [{ children: [new Paragraph(`Coffee morning notes. ${words[1]}`)] }] });
  fs.writeFileSync(path.join(folder, 'notes.docx'), await Packer.toBuffer(docx));
  return folder;
}

/** Documents are read in worker threads, whose script must be beside the bundle. */
async function importDocuments() {
  const words = ['zebrafinch', 'quokkapouch', 'narwhalcove'];
  const folder = await makeDocuments(words);
  const r = await call('ingest/run', { sources: [{ type: 'path', path: folder }] });
  const failed = r.results.filter((f) => f.status !== 'imported');
  if (failed.length > 0) fail(`importing documents failed: ${failed.map((f) => `${f.path}: ${f.error}`).join('; ')}`);
  // A file dropped on the window reaches the core as bytes over IPC, then is imported.
  const dropped = await call('files/stage', { name: 'dropped.txt', bytes: new TextEncoder().encode(`Dropped notes. ${words[2]}`) });
  const fromDrop = await call('ingest/run', { sources: [{ type: 'upload', uploadId: dropped.uploadId, name: 'dropped.txt' }] });
  if (fromDrop.results[0]?.status !== 'imported') fail(`a dropped file was not imported: ${fromDrop.results[0]?.error}`);
  for (const word of words) {
    const found = await call('search/query', { query: word });
    if (found.hits.length !== 1) fail(`a search for "${word}" found ${found.hits.length} items, not the one imported`);
  }
}

setTimeout(async () => {
  try {
    if (!invoke) fail('it registered no IPC handler');
    await call('library/openExample', {});
    const items = await call('evidence/list', {});
    if (items.length < 30) fail(`the example library has only ${items.length} items`);
    for (const format of ['pdf', 'docx', 'html', 'zip']) {
      const r = await call('export/write', { format, options: { includePersonalData: false, draft: false } });
      const head = fs.readFileSync(r.path).subarray(0, 4).toString('latin1');
      const expected = { pdf: '%PDF', docx: 'PK\u0003\u0004', zip: 'PK\u0003\u0004', html: '<!DO' }[format];
      if (head !== expected) fail(`the ${format} pack starts ${JSON.stringify(head)}`);
    }
    const csv = path.join(data, 'complaints.csv');
    fs.writeFileSync(csv, 'Month,Complaints\nJan 2024,5\nFeb 2024,4\nMar 2024,3\n');
    const preview = await call('series/previewImport', { source: { path: csv } });
    if (preview.proposedMapping?.dateColumn !== 0) fail('the data series preview found no column of months');
    await importDocuments();
    console.log('The bundled Electron main opened the example, exported PDF, Word, HTML and ZIP packs, previewed a data import, and imported a PDF, a Word document and a dropped file whose words search then found.');
    process.exit(0);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}, 200);
