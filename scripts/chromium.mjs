// Finds the Chromium every browser tool here uses (tests, Storybook checks, benchmark).
// Playwright's own browser downloads do not work on the machines this project runs on.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found. Install Debian's Chromium with `sudo apt-get install -y chromium` " +
        'or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];
