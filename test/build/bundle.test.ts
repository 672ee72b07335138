import vm from 'node:vm';
import * as acorn from 'acorn';
import { builtCode } from '../helpers/build';

describe('build/Code.js', () => {
  const code = builtCode();

  it('parses as an ES2019 script, as the Apps Script parser needs', () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  it('exposes the entry points as global functions in a context with no module system', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of ['onOpen', 'onInstall', 'onEdit']) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('function');
    }
    expect(vm.runInContext('typeof require + typeof module', context)).toBe('undefinedundefined');
  });

  it('declares them as top-level function declarations, which the editor and trigger picker list', () => {
    const ast = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' });
    const declared = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => (n as acorn.FunctionDeclaration).id.name);
    expect(declared).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'onEdit']));
  });

  it('is not minified, so stack traces in the Executions log stay readable', () => {
    expect(code.split('\n').length).toBeGreaterThan(10);
  });
});
