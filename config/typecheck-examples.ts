/// <reference types="node" />
// The README's ```ts blocks, type-checked the way a user's project would check them: `tsc --strict`
// with the DOM and Node.js types, the package resolved to its source. A block that does not import
// the package sees every export, as config/examples.ts runs it; names a block only assumes (an
// `accessToken` from elsewhere) are declared by the caller's `prelude`.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Example } from './examples.ts';

/** What a package's examples are checked against. */
export interface TypecheckOptions {
  /** The package name the blocks import, such as `@auth/bearer`. */
  name: string;
  /** Its entry, such as `new URL('./index.ts', import.meta.url)`. */
  entry: URL;
  /** The names of its exports, imported into blocks that import nothing from it. */
  exports: readonly string[];
  /** Declarations of what the blocks assume exists: `declare const accessToken: string;`. */
  prelude?: string;
  /** Sibling packages a block imports to compare with, by name: their entries. */
  siblings?: Record<string, URL>;
}

/** The diagnostics of every block as `file:line: message`; `[]` when all of them type-check. */
export function typecheckExamples(examples: readonly Example[], options: TypecheckOptions): string[] {
  const files = new Map<string, string>();
  examples.forEach(({ code }, i) => {
    const imports = code.includes(`from '${options.name}'`)
      ? ''
      : `import { ${options.exports.join(', ')} } from '${options.name}';\n`;
    files.set(`/examples/block-${i + 1}.ts`, `${imports}${options.prelude ?? ''}\n${code}\nexport {};\n`);
  });
  const compilerOptions: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    paths: Object.fromEntries(
      Object.entries({ ...options.siblings, [options.name]: options.entry }).map(([name, url]) => [
        name,
        [fileURLToPath(url)],
      ]),
    ),
  };
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.fileExists = (file) => files.has(file) || fileExists(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile(file, language) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...files.keys()], compilerOptions, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter(({ file }) => !file || files.has(file.fileName))
    .map(({ file, start, messageText }) => {
      if (!file) return ts.flattenDiagnosticMessageText(messageText, '\n');
      const { line } = file.getLineAndCharacterOfPosition(start ?? 0);
      const block = Number(file.fileName.replace(/\D/g, ''));
      const where = `${examples[block - 1]?.file} block ${block}, line ${line + 1}`;
      return `${where}: ${ts.flattenDiagnosticMessageText(messageText, '\n')}`;
    });
}

/**
 * The blocks as JavaScript, types stripped by TypeScript's own transpiler (comments, and so the
 * `// =>` claims, kept), so that config/examples.ts can run blocks written with types.
 */
export function transpileExamples(examples: readonly Example[]): Example[] {
  return examples.map(({ file, code }) => ({
    file,
    code: ts.transpileModule(code, {
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        verbatimModuleSyntax: true,
      },
    }).outputText,
  }));
}
