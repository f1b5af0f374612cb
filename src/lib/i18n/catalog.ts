import { coreMessages } from './messages/core';
import { importMessages } from './messages/import';
import { planMessages } from './messages/plan';

/**
 * The one message catalog. Vietnamese first, English second; the domain's own words
 * (DOMAIN.md). Components, server errors and documents all read from here. It is kept in
 * one file per feature under messages/ and merged here; a key defined twice fails the test.
 * `{name}` placeholders are filled by `translate`.
 */
export const catalogParts = [coreMessages, planMessages, importMessages] as const;

export const catalog = { ...coreMessages, ...planMessages, ...importMessages } as const;

export type MessageKey = keyof typeof catalog;
export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
