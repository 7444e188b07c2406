import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folder rules of eslint.config.js, each shown to fail when broken and to pass when kept. */
const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function messages(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const matching = (list: string[], text: string) => list.filter((message) => message.includes(text));

describe('lint rules by folder', () => {
  it('database calls only under electron/core/db', async () => {
    const code = "declare const db: { prepare(sql: string): unknown; pragma(sql: string): unknown; exec(sql: string): unknown };\ndb.prepare('SELECT 1');\ndb.pragma('optimize');\ndb.exec(`DELETE FROM clients`);\n";
    expect(matching(await messages(code, 'electron/core/services/example.ts'), 'only under electron/core/db')).toHaveLength(3);
    expect(matching(await messages(code, 'electron/core/db/repos/example.ts'), 'only under electron/core/db')).toHaveLength(0);
    expect(matching(await messages("const m = /a/.exec('abc');\nexport { m };\n", 'electron/core/services/example.ts'), 'only under electron/core/db')).toHaveLength(0);
    expect(await messages('const PATTERN = /a/;\nexport const m = (text: string) => PATTERN.exec(text);\n', 'shared/grading/example.ts')).toEqual([]);
  });

  it('shared/ imports nothing outside shared/', async () => {
    expect((await messages("import { x } from '../../electron/core/x';\nexport { x };\n", 'shared/grading/example.ts')).length).toBeGreaterThan(0);
    expect((await messages("import { x } from '../electron/core/x';\nexport { x };\n", 'shared/example.ts')).length).toBeGreaterThan(0);
    expect((await messages("import { readFileSync } from 'node:fs';\nexport { readFileSync };\n", 'shared/grading/example.ts')).length).toBeGreaterThan(0);
    expect(await messages("import { z } from 'zod';\nimport { x } from '../contract/x';\nexport { z, x };\n", 'shared/grading/example.ts')).toEqual([]);
  });

  it('the renderer never imports electron/, at any depth', async () => {
    expect((await messages("import { x } from '../../../electron/core/router';\nexport { x };\n", 'renderer/src/features/example.ts')).length).toBeGreaterThan(0);
    expect((await messages("import { x } from '../../electron/core/router';\nexport { x };\n", 'renderer/src/example.ts')).length).toBeGreaterThan(0);
  });

  it('the importer process imports only its own folder and shared/', async () => {
    expect((await messages("import { x } from '../core/router';\nexport { x };\n", 'electron/importer/example.ts')).length).toBeGreaterThan(0);
    expect(await messages("import { x } from '../../shared/transfer';\nimport { y } from './protocol';\nexport { x, y };\n", 'electron/importer/example.ts')).toEqual([]);
  });
});
