import { runAnnotateCli } from '../src/cli/annotate-cli.ts';

process.exitCode = await runAnnotateCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
