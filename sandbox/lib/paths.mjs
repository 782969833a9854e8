import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';

export const sandboxDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function sharedDir() {
  return process.env.TOKENDESK_SHARED_DIR || path.resolve(sandboxDir, '../../shared');
}

export function realSchemaPath() {
  return path.join(sharedDir(), 'moderne', 'schema.graphql');
}

export function operationsDir() {
  return process.env.TOKENDESK_OPERATIONS_DIR || path.resolve(sandboxDir, '../resources/graphql');
}

export function loadRealSchema() {
  return buildSchema(fs.readFileSync(realSchemaPath(), 'utf8'));
}

export function loadSandboxSchema() {
  return buildSchema(fs.readFileSync(path.join(sandboxDir, 'schema.graphql'), 'utf8'));
}
