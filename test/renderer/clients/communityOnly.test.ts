import { describe, expect, it } from 'vitest';
import { AllCommunityModule } from 'ag-grid-community';
import pkg from '../../../package.json';
import lock from '../../../package-lock.json';
import { GRID_MODULES, gridModules } from '../../../renderer/src/features/clients/gridSetup';

const isEnterprise = (name: string) => name === 'ag-grid-enterprise' || name.startsWith('@ag-grid-enterprise/');

describe('AG Grid Community only', () => {
  it('package.json lists no ag-grid-enterprise or @ag-grid-enterprise/* package', () => {
    const manifest = pkg as unknown as Record<string, Record<string, string> | undefined>;
    const names = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {}));
    expect(names.filter(isEnterprise)).toEqual([]);
    expect(names).toContain('ag-grid-community');
  });

  it('nothing Enterprise is installed through another package either (package-lock.json)', () => {
    const installed = Object.keys((lock as { packages?: Record<string, unknown> }).packages ?? {}).map((path) => path.replace(/^.*node_modules\//, ''));
    expect(installed.filter(isEnterprise)).toEqual([]);
  });

  it('the client grid registers Community modules one by one, not the AllCommunityModule bundle', () => {
    const names = GRID_MODULES.map((module) => module.moduleName);
    expect(names).toContain('InfiniteRowModel');
    expect(GRID_MODULES).not.toContain(AllCommunityModule);
    expect(new Set(names).size).toBe(names.length);
  });

  it('adds AG Grid’s validations only when asked (tests), never by default', () => {
    expect(GRID_MODULES.map((module) => module.moduleName)).not.toContain('Validation');
    // No window here: the flag cannot be read, so the production list is used.
    expect(gridModules()).toBe(GRID_MODULES);
  });
});
