/**
 * `npm run bench`: prints the performance figures DESIGN.md budgets for. Figures, not pass/fail:
 * speed and memory targets are read by people, never asserted in timed tests.
 */
import { runBpBench } from './bp';
import { runPanelBench } from './panel';
import { runSandboxBench } from './sandbox';

const only = process.argv[2];

if (!only || only === 'sandbox') await runSandboxBench();
if (!only || only === 'bp') await runBpBench();
if (!only || only === 'panel') await runPanelBench();
