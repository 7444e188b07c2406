import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * import-boundaries: checks each import of a file by the folder it resolves to, not by how
 * many `../` it has. Relative specifiers are resolved against the importing file's folder and
 * compared with folders given relative to `root` (the project root). Bare specifiers are
 * Node built-ins or npm packages and are checked against `allowBuiltins` / `allowPackages`.
 *
 * Options (one object):
 * - root: absolute project root (folders below are relative to it).
 * - rule: the boundary in words; every report starts with it.
 * - allowedFolders: if given, relative imports must resolve inside one of these folders.
 * - forbiddenFolders: relative imports must not resolve inside any of these folders.
 * - allowBuiltins: Node built-ins allowed (default true).
 * - allowPackages: npm packages allowed: an array of package names, or true for any (default true).
 */

const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')));

function isBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return builtins.has(specifier.split('/')[0]) || builtins.has(specifier);
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function inside(relative, folder) {
  const normalised = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  return relative === normalised || relative.startsWith(`${normalised}/`);
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay within the folders a layer may depend on (resolved paths).' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          rule: { type: 'string' },
          allowedFolders: { type: 'array', items: { type: 'string' } },
          forbiddenFolders: { type: 'array', items: { type: 'string' } },
          allowBuiltins: { type: 'boolean' },
          allowPackages: { anyOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' } }] },
        },
        required: ['root', 'rule'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside: "{{rule}} '{{specifier}}' resolves to {{target}}.",
      forbidden: "{{rule}} '{{specifier}}' resolves to {{target}}.",
      builtin: "{{rule}} '{{specifier}}' is a Node built-in.",
      package: "{{rule}} '{{specifier}}' is an npm package not allowed here.",
    },
  },
  create(context) {
    const options = context.options[0];
    const root = path.resolve(options.root);
    const allowBuiltins = options.allowBuiltins ?? true;
    const allowPackages = options.allowPackages ?? true;
    const fileDir = path.dirname(path.resolve(context.cwd, context.filename));

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const data = { rule: options.rule, specifier };
      const relativeOrAbsolute = specifier.startsWith('.') || path.isAbsolute(specifier);
      if (relativeOrAbsolute) {
        const target = path.relative(root, path.resolve(fileDir, specifier)).split(path.sep).join('/');
        const shown = target === '' ? '.' : target.startsWith('..') ? path.resolve(fileDir, specifier) : target;
        if (options.forbiddenFolders?.some((folder) => inside(target, folder))) {
          context.report({ node, messageId: 'forbidden', data: { ...data, target: shown } });
        } else if (options.allowedFolders && !options.allowedFolders.some((folder) => inside(target, folder))) {
          context.report({ node, messageId: 'outside', data: { ...data, target: shown } });
        }
        return;
      }
      if (isBuiltin(specifier)) {
        if (!allowBuiltins) context.report({ node, messageId: 'builtin', data });
        return;
      }
      if (allowPackages !== true && !(allowPackages || []).includes(packageName(specifier))) {
        context.report({ node, messageId: 'package', data });
      }
    }

    const fromSource = (node) => {
      if (node.source && node.source.type === 'Literal') check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
        else if (node.source.type === 'TemplateLiteral' && node.source.expressions.length === 0) {
          check(node.source, node.source.quasis[0].value.cooked);
        }
      },
      TSImportEqualsDeclaration(node) {
        const ref = node.moduleReference;
        if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal') check(ref.expression, ref.expression.value);
      },
      TSImportType(node) {
        const arg = node.argument;
        const literal = arg && arg.type === 'TSLiteralType' ? arg.literal : arg;
        if (literal && literal.type === 'Literal') check(literal, literal.value);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};

export default {
  meta: { name: 'territory-grid-local' },
  rules: { 'import-boundaries': importBoundaries },
};
