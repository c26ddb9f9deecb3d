import { createRequire } from 'node:module';
import type * as IsomorphicGit from 'isomorphic-git';

/**
 * isomorphic-git, the one way src/ and scripts/ load it. Loaded with require(): its Node entry is a
 * 585 KB CommonJS bundle, and importing CommonJS from an ES module makes Node scan the whole source
 * for export names first (cjs-module-lexer), about 0.1 s of CPU at the start of every command that
 * reads Git (`plan check` among them). require() returns the same exports without the scan, and
 * only on the first use: loading it at all is another 0.1 s of CPU, which `plan check` pays only
 * when it reads Git history (a ledger about this content).
 */
let loaded: typeof IsomorphicGit | undefined;
const load = (): typeof IsomorphicGit => (loaded ??= createRequire(import.meta.url)('isomorphic-git') as typeof IsomorphicGit);

const git = new Proxy({} as typeof IsomorphicGit, { get: (_, name) => Reflect.get(load(), name) });

export default git;
export const TREE: typeof IsomorphicGit.TREE = (options) => load().TREE(options);
