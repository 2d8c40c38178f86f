/** `npm run build [-- --skip-invalid]`: builds the app and the article bundle into dist/. */
import { build } from 'vite';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--skip-invalid');
if (unknown.length) {
  process.stderr.write(`gloss build: unknown option ${unknown[0]}\nUsage: npm run build [-- --skip-invalid]\n`);
  process.exit(2);
}
if (args.includes('--skip-invalid')) process.env.GLOSS_SKIP_INVALID = '1';
try {
  await build({ logLevel: 'info' });
} catch (e) {
  process.stderr.write(`\n${(e as Error).message}\n`);
  process.exit(1);
}
