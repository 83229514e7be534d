#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so there is no separate build step to forget.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
