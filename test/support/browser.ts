import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, with nothing phoning home (docs/developers.md, stack trap 11). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Builds the console with Vite unless the build is newer than every source file, so the tests
 * always drive the current code and a second run does not pay for the build again.
 */
export function buildConsole(): void {
  const built = 'admin/dist/admin/index.html';
  const sources = Math.max(newest('admin/console'), newest('admin/shared'), statSync('admin/vite.admin.config.ts').mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync('npx', ['vite', 'build', '--config', 'admin/vite.admin.config.ts'], { stdio: 'pipe' });
}

export const SCREENSHOTS = 'test/screenshots';

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}
