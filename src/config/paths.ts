import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The project's root folder (where package.json is), whether running from src/ with tsx or from dist/. */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(resolve(dir, 'package.json')) || !existsSync(resolve(dir, 'cards'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(__dirname);
export const CARDS_DIR = resolve(PROJECT_ROOT, 'cards');
export const TEMPLATES_DIR = resolve(PROJECT_ROOT, 'templates');
