// `npm start`: build when the build is missing or older than the sources, then serve.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild } from './ensure-build.js';

// import() takes a URL: a bare "C:\…" path is refused on Windows.
await import(pathToFileURL(join(ensureBuild(), 'server.js')).href);
