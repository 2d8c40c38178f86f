// Worker-thread entry for the bundle build: registers the TypeScript loader in this thread, then
// annotates the seeds it is sent (see annotate-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./annotate-worker.ts');
