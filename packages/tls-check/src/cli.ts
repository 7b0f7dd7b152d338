#!/usr/bin/env node
// The `auth-tls-check` command (Node, Bun and Deno): see `auth-tls-check --help`.
import process from 'node:process';
import { main } from './cli-main.ts';

main(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
}).then((status) => {
  process.exitCode = status;
});
