export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Logs go to stderr so that stdout stays clean for the CLI's --json output. */
export function consoleLogger(module: string): Logger {
  const write = (level: string, message: string, data?: Record<string, unknown>) => {
    if (level === 'info' && !process.env['REVISIT_DEBUG']) return;
    const extra = data ? ` ${JSON.stringify(data)}` : '';
    process.stderr.write(`[${level}] ${module}: ${message}${extra}\n`);
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
