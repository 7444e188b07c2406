import { z } from 'zod';

/*
 * Must be the first import of main.tsx: zod decides per object schema, when the schema is
 * built, whether to compile a fast parser with `new Function`, which the CSP forbids
 * (and even the probe is reported as a violation). Module order makes this run first.
 */
z.config({ jitless: true });
