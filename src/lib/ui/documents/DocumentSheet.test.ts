import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildBienBan } from '$lib/domain/documents/bien-ban';
import { governmentMeeting } from '$lib/domain/documents/fixtures';
import { LAYOUTS } from '$lib/domain/documents/layout';
import { buildThongBaoKetLuan } from '$lib/domain/documents/thong-bao-ket-luan';
import DocumentSheet from './DocumentSheet.svelte';
import { roleCss } from './role-css';

describe('[D9] the print view renders the same model', () => {
	it('user text as text, sizes from the layout rules, a chart drawn as SVG', () => {
		const model = buildThongBaoKetLuan(governmentMeeting());
		const { body } = render(DocumentSheet, { props: { model } });
		expect(body).toContain('Lê Thị &lt;b>Bích&lt;/b>');
		expect(body).not.toContain('<b>Bích');
		expect(body).toContain(`style="${roleCss(LAYOUTS.government, 'motto')}"`);
		expect(roleCss(LAYOUTS.government, 'body')).toContain('font-size:14pt');
		expect(roleCss(LAYOUTS.government, 'body')).toContain('text-indent:28.35pt');
		expect(roleCss(LAYOUTS.government, 'body')).toContain('text-align:justify');
		expect(body).toMatch(/<svg[^>]*role="img"/);
		expect(body).toContain('Giao Phòng Kinh tế chủ trì');
	});

	it('every paragraph of the model is in the view, in order', () => {
		const model = buildBienBan(governmentMeeting());
		const { body } = render(DocumentSheet, { props: { model } });
		const text = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
		let at = 0;
		for (const block of model.blocks) {
			if (block.kind !== 'paragraph') continue;
			const line = block.runs.map((r) => r.text).join('');
			const found = text.indexOf(line, at);
			expect(found, line).toBeGreaterThanOrEqual(0);
			at = found;
		}
	});
});
