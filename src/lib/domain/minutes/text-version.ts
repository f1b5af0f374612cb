import { domainError, type DomainError } from '../errors';
import type { VersionedText } from './types';

/**
 * [N9] Optimistic concurrency for shared texts. An edit typed against the current version
 * is accepted; one typed against an older version is refused as `conflict`, with the
 * current text in `params.current` so the screen can show both and let the person merge.
 * Sending the text that is already there changes nothing and is not a conflict.
 */
export function checkTextEdit(current: VersionedText, edit: { text: string; baseVersion: number }): 'unchanged' | 'accepted' | DomainError {
	if (edit.text === current.text) return 'unchanged';
	if (edit.baseVersion === current.version) return 'accepted';
	return domainError('conflict', { current: current.text, version: current.version });
}
