// Fails early, with a clear message, when no Chromium is there for the end-to-end suite.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}.\n` +
      "The end-to-end tests drive a real browser. Install Debian's: apt-get update && apt-get install -y chromium\n" +
      'or point CHROMIUM_PATH at another Chromium/Chrome binary.',
  );
  process.exit(1);
}
