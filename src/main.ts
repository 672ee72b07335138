/**
 * The Apps Script surface: every export becomes a top-level function in build/Code.js that menus, triggers
 * and `google.script.run` find by name. Each entry turns the event into plain data and calls a use case.
 */
import * as z from 'zod';

// zod's JIT builds code with `new Function` in syntax newer than the es2019 the bundle is lowered to.
z.config({ jitless: true });

export function onOpen(): void {}
export function onInstall(): void {}
export function onEdit(): void {}
