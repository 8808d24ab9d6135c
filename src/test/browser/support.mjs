// Shared set-up of the browser tests: the built site and a headless Chromium from the system.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SITE = resolve(process.env.ARCHIVE_SITE || 'target/site');

export function pageUrl(rel) {
  const file = resolve(SITE, rel);
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: build the site first (mvn package)`);
  }
  return pathToFileURL(file).href;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}
