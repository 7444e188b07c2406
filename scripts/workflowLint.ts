import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';

/**
 * The workflow linter of `npm run lint:workflows` (and so of `npm test`): GitHub's workflow
 * schema, checked offline by action-validator (WebAssembly, no download), plus what the schema
 * cannot know about this repository: every `npm run <script>` a workflow calls exists.
 */
export interface WorkflowProblem {
  file: string;
  message: string;
}

function describe(error: ValidationError, depth = 0): string[] {
  const where = 'path' in error && error.path ? `${error.path}: ` : '';
  const line = `${'  '.repeat(depth)}${where}${error.title}${error.detail ? ` (${error.detail})` : ''}`;
  const nested = 'states' in error && error.states ? error.states.flatMap((state) => state.errors.flatMap((inner) => describe(inner, depth + 1))) : [];
  return [line, ...nested];
}

export function lintWorkflow(file: string, source: string, scripts: Readonly<Record<string, string>>): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const error of validateWorkflow(source).errors) problems.push({ file, message: describe(error).join('\n') });
  for (const match of source.matchAll(/\bnpm run(?:-script)? ([\w:.-]+)/g)) {
    const script = match[1]!;
    if (!(script in scripts)) problems.push({ file, message: `runs "npm run ${script}", which package.json does not define` });
  }
  return problems;
}

/** Every workflow of the repository at `root`. */
export function lintWorkflows(root: string): { files: string[]; problems: WorkflowProblem[] } {
  const dir = join(root, '.github', 'workflows');
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const problems = files.flatMap((name) => lintWorkflow(join('.github', 'workflows', name), readFileSync(join(dir, name), 'utf8'), scripts));
  return { files, problems };
}
