// `npm start`: build when the build is missing or older than the sources, then serve.
import { join } from 'node:path';
import { ensureBuild } from './ensure-build.js';

await import(join(ensureBuild(), 'server.js'));
