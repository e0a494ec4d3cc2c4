/**
 * The lint rules of direction catch what they claim: a throwaway two-file cycle and a fhir/ -> clinical/
 * import, written into src/ for the length of the test, each fail lint. (Without the TypeScript
 * resolver and parser settings import-x resolves nothing and no-cycle passes everything.)
 */
import { ESLint } from 'eslint';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tag = `lint-fixture-${process.pid}`;
const cycleDir = join(root, 'src', tag);
const fhirFile = join(root, 'src', 'fhir', `${tag}.ts`);

afterAll(() => {
  rmSync(cycleDir, { recursive: true, force: true });
  rmSync(fhirFile, { force: true });
});

async function ruleIds(files: string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
}

describe('lint rules of direction', () => {
  it('a two-file import cycle in src/ fails lint (import-x/no-cycle)', async () => {
    mkdirSync(cycleDir, { recursive: true });
    writeFileSync(
      join(cycleDir, 'a.ts'),
      "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
    );
    writeFileSync(
      join(cycleDir, 'b.ts'),
      "import { a } from './a';\nexport const b = (n = 0): number => (n > 1 ? a() : n);\n",
    );
    const ids = await ruleIds([join(cycleDir, 'a.ts'), join(cycleDir, 'b.ts')]);
    expect(ids.filter((id) => id === 'import-x/no-cycle')).toHaveLength(2);
  });

  it('fhir/ importing clinical/ fails lint (one-way: clinical builds on fhir)', async () => {
    writeFileSync(
      fhirFile,
      "import { categoryOf } from '../clinical/bp-category';\nexport const c = categoryOf;\n",
    );
    const ids = await ruleIds([fhirFile]);
    expect(ids).toContain('import-x/no-restricted-paths');
  });
});
