import { join } from 'node:path';
import { lintWorkflows } from './workflowLint';

/** `npm run lint:workflows [root]`: .github/workflows/*.yml against GitHub's schema (see workflowLint.ts). */
const { files, problems } = lintWorkflows(process.argv[2] ?? join(import.meta.dirname, '..'));
if (files.length === 0) {
  process.stderr.write('no workflow files found in .github/workflows\n');
  process.exit(1);
}
for (const problem of problems) process.stderr.write(`${problem.file}\n${problem.message}\n\n`);
if (problems.length > 0) {
  process.stderr.write(`${problems.length} workflow problem(s)\n`);
  process.exit(1);
}
process.stdout.write(`workflows valid: ${files.join(', ')}\n`);
