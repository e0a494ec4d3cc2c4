/**
 * A User Timing measure per BP search (issue 12): `tensio:bp:<since>` from the query's start to its
 * last window read, so `npm run bench` (and a browser's performance panel) can tell how long "All"
 * took, whichever panel asked for it first. Nothing is shown or sent anywhere.
 */
export function measureBpSearch(since: string, start: number): void {
  try {
    performance.measure(`tensio:bp:${since}`, { start });
  } catch {
    // No User Timing here (tests' DOM): nothing to note.
  }
}
