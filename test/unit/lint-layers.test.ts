import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd });

async function layeringErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint enforces the layering of ARCHITECTURE.md', () => {
  it.each([
    ['main/core/x.ts', "import { app } from 'electron';"],
    ['main/core/x.ts', "import { X } from '../../renderer/api/client.ts';"],
    ['main/core/areas/x.ts', "import { startWebHost } from '../../web/server.ts';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { createApp } from '../main/core/app.ts';"],
    ['renderer/features/x.tsx', "import { createApp } from '../../main/core/app.ts';"],
    ['renderer/features/x.tsx', "import { readFileSync } from 'node:fs';"],
    ['main/web/x.ts', "import { BrowserWindow } from 'electron';"],
    ['main/electron/x.ts', "import { main } from '../cli/main.ts';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['main/core/x.ts', "import { z } from 'zod';\nimport { join } from 'node:path';\nimport type { Method } from '../../shared/contract.ts';"],
    ['main/electron/x.ts', "import { app } from 'electron';\nimport { createApp } from '../core/app.ts';"],
    ['renderer/features/x.tsx', "import { inputs } from '../../shared/contract.ts';\nimport { useState } from 'react';"],
    ['main/web/x.ts', "import { createApp } from '../core/app.ts';"],
  ])('%s may: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
