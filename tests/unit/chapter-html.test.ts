import { describe, expect, it } from 'vitest';
import { withCommentControls } from '../../src/lib/server/modules/document/chapter-html';

const html = '<h2 data-block="a-h1">Titel</h2><p data-block="a-p1">Text mit <b>&lt;</b></p>';
const blocks = [
	{ anchor: 'a-h1', kind: 'h', number: 0 },
	{ anchor: 'a-p1', kind: 'p', number: 1 }
];
const label = (n: number, c: number) => ({ text: `Abs. ${n} · ${c}`, hidden: `Kommentare zu "Absatz" ${n}` });

describe('comment controls in the chapter text', () => {
	it('adds an escaped control to commentable blocks only, marked with the language of its label', () => {
		const de = withCommentControls(html, blocks, { 'a-p1': 2 }, label, (a) => `?absatz=${a}&x=1`);
		expect(de.match(/class="block-comment/g)).toHaveLength(1);
		expect(de).toContain('href="?absatz=a-p1&amp;x=1"');
		expect(de).toContain('Kommentare zu &quot;Absatz&quot; 1');
		expect(de).not.toContain(' lang=');
		// The text around is German (lang="de" on the chapter); English labels say so.
		const en = withCommentControls(html, blocks, {}, label, (a) => `#${a}`, 'en');
		expect(en).toContain('<a class="block-comment" href="#a-p1" lang="en">');
	});
});
