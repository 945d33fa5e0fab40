// Imported first by main.tsx: the CSP forbids eval, so zod must not probe for it
// (the probe runs while schemas are being defined, and logs a CSP violation).
import { z } from 'zod';

z.config({ jitless: true });
