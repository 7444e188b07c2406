import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const isEnterprise = (name: string) => name === 'ag-grid-enterprise' || name.startsWith('@ag-grid-enterprise/');

describe('AG Grid Community only', () => {
  it('package.json lists no ag-grid-enterprise or @ag-grid-enterprise/* package', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const names = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => Object.keys(pkg[field] ?? {}));
    expect(names.filter(isEnterprise)).toEqual([]);
    expect(names).toContain('ag-grid-community');
  });

  it('nothing Enterprise is installed through another package either (package-lock.json)', () => {
    const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages?: Record<string, unknown> };
    const installed = Object.keys(lock.packages ?? {}).map((path) => path.replace(/^.*node_modules\//, ''));
    expect(installed.filter(isEnterprise)).toEqual([]);
  });

  it('the client grid registers Community modules one by one, not the AllCommunityModule bundle', async () => {
    const { AllCommunityModule } = await import('ag-grid-community');
    const { GRID_MODULES } = await import('../../../renderer/src/features/clients/gridSetup');
    const names = GRID_MODULES.map((module) => module.moduleName);
    expect(names).toContain('InfiniteRowModel');
    expect(GRID_MODULES).not.toContain(AllCommunityModule);
    expect(new Set(names).size).toBe(names.length);
    const source = readFileSync(new URL('renderer/src/features/clients/gridSetup.ts', root), 'utf8');
    expect(source).not.toMatch(/from 'ag-grid-enterprise'|@ag-grid-enterprise/);
  });
});
