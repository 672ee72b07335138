/** The project folder, found from wherever this code runs (bundled into build/local, or from src under jest). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const projectRoot = (from = __dirname): string => {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the project folder (no package.json above this file)');
    dir = up;
  }
  return dir;
};
