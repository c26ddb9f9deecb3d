import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { listFiles } from '../../src/model/content-files.ts';

/**
 * The check's floor, run as its own process by the bench: list the content folder and read and
 * parse every file's frontmatter with gray-matter on one thread, nothing else. Prints the key count.
 */
const dir = process.argv[2] ?? 'content';
let keys = 0;
for (const file of await listFiles(dir)) keys += Object.keys(matter(readFileSync(path.join(dir, file), 'utf8'), {}).data).length;
process.stdout.write(`${keys} keys\n`);
