import { defineConfig, devices } from '@playwright/test';

const PORT = 4174;
/** The app is served from a sub-path, as on a static host, to prove relative URLs work. */
export const SUB_PATH = '/some/sub/path/';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // dist/ must already be built (`npm run build`); it is served under SUB_PATH.
    command: `node test/e2e/serve-static.mjs dist ${PORT} ${SUB_PATH}`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
