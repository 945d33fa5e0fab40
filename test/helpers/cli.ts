import { main } from '../../main/cli/main.ts';
import { tempDir } from './temp.ts';

/** Runs the command line in this process, with its own empty config folder; returns what it printed and its exit code. */
export async function revisit(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { XDG_CONFIG_HOME: tempDir(), ...env } });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
