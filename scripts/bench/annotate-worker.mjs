// Worker entry: registers the TypeScript loader in this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./annotate-worker.ts');
