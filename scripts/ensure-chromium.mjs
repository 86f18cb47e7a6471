// Makes sure the tests have a Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, installed
// with apt-get when missing (as root). Playwright/Puppeteer browser downloads are not used.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH points to ${wanted}, which does not exist.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(
    'The tests need Chromium, which is not installed.\n' +
      'Install Debian\'s package as root:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at another Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log('Chromium is missing: installing Debian\'s chromium package (about 30 s) …');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
} catch {
  console.error('apt-get could not install chromium. Install it by hand or set CHROME_PATH.');
  process.exit(1);
}
