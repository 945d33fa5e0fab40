import type { Method } from '../../../../shared/contract.ts';
import type { createFake } from './fake.ts';

/** Holds every call of `method` until the returned function is called, to see the app while it waits. */
export function holdCalls(fake: ReturnType<typeof createFake>, method: Method): () => void {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const invoke = fake.transport.invoke.bind(fake.transport);
  fake.transport.invoke = async (m: Method, input: unknown) => {
    if (m === method) await gate;
    return invoke(m, input);
  };
  return release;
}
