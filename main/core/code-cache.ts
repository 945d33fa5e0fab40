import module from 'node:module';

/**
 * Keeps the compiled JavaScript of the app's modules (and its libraries') on disk, so the next start
 * of the command line, the web host or an import's worker thread skips compiling them
 * again. The cache holds code only, never library data. Each thread that loads modules
 * must ask for it itself: worker threads do not inherit it. A folder that cannot be
 * written only means no cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
export function useCodeCache(folder: string): boolean {
  if (typeof module.enableCompileCache !== 'function') return false;
  try {
    const { status } = module.enableCompileCache(folder);
    return status === module.constants.compileCacheStatus.ENABLED || status === module.constants.compileCacheStatus.ALREADY_ENABLED;
  } catch {
    return false;
  }
}
