import { attendanceMessages } from './messages/attendance';
import { checkinMessages } from './messages/checkin';
import { coreMessages } from './messages/core';
import { importMessages } from './messages/import';
import { planMessages } from './messages/plan';
import { delegatesMessages } from './messages/delegates';
import { invitationsMessages } from './messages/invitations';
import { importWizardMessages } from './messages/import-wizard';
import { meMessages } from './messages/me';
import { minutesMessages } from './messages/minutes';
import { secretaryMessages } from './messages/secretary';
import { opinionsMessages } from './messages/opinions';
import { apiMessages } from './messages/api';
import { demoMessages } from './messages/demo';
import { deskMessages } from './messages/desk';
import { planScreenMessages } from './messages/plan-screen';
import { documentsMessages } from './messages/documents';
import { storageMessages } from './messages/storage';
import { consoleMessages } from './messages/console';
import { formsMessages } from './messages/forms';
import { queueMessages } from './messages/queue';
import { queueScreenMessages } from './messages/queue-screens';
import { followupMessages } from './messages/followup';
import { archiveMessages } from './messages/archive';
import { remindersMessages, reportsMessages } from './messages/reports';

/**
 * The one message catalog. Vietnamese first, English second; the domain's own words
 * (DOMAIN.md). Components, server errors and documents all read from here. It is kept in
 * one file per feature under messages/ and merged here; a key defined twice fails the test.
 * `{name}` placeholders are filled by `translate`.
 */
export const catalogParts = [attendanceMessages, checkinMessages, coreMessages, planMessages, importMessages, delegatesMessages, invitationsMessages, importWizardMessages, meMessages, opinionsMessages, apiMessages, demoMessages, deskMessages, planScreenMessages, documentsMessages, storageMessages, consoleMessages, formsMessages, minutesMessages, secretaryMessages, queueMessages, queueScreenMessages, followupMessages, archiveMessages, reportsMessages, remindersMessages] as const;

export const catalog = { ...attendanceMessages, ...checkinMessages, ...coreMessages, ...planMessages, ...importMessages, ...delegatesMessages, ...invitationsMessages, ...importWizardMessages, ...meMessages, ...opinionsMessages, ...apiMessages, ...demoMessages, ...deskMessages, ...planScreenMessages, ...documentsMessages, ...storageMessages, ...consoleMessages, ...formsMessages, ...minutesMessages, ...secretaryMessages, ...queueMessages, ...queueScreenMessages, ...followupMessages, ...archiveMessages, ...reportsMessages, ...remindersMessages } as const;

export type MessageKey = keyof typeof catalog;
export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
