import type { MessageKey } from '$lib/i18n/catalog';
import { translate, type MessageParams } from '$lib/i18n/translate';

/** The report is an administrative document: always Vietnamese, whatever the screen language. */
export const doc = (key: MessageKey, params?: MessageParams): string => translate('vi', key, params);
