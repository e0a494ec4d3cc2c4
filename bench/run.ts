/**
 * `npm run bench`: prints the performance figures DESIGN.md budgets for. Figures, not pass/fail:
 * speed and memory targets are read by people, never asserted in timed tests.
 * `npm run bench sandbox | bp | launch | panel` runs one part (launch: only the EHR launch figures;
 * panel: the remote-monitoring panel, provider standalone launch → fully triaged).
 */
import { runBpBench } from './bp';
import { runLaunchBench } from './launch-bench';
import { runPanelBench } from './panel';
import { runSandboxBench } from './sandbox';

const only = process.argv[2];

if (!only || only === 'sandbox') await runSandboxBench();
if (!only || only === 'bp') await runBpBench();
if (only === 'launch') await runLaunchBench();
if (!only || only === 'panel') await runPanelBench();
