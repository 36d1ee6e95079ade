// The demo's review queue after a few weeks of moderation: tags, an assignment, two reports, an offline
// letter, a draft topic package and a package forwarded to the Begleitgremium (the chain seed answers
// it, found by its fixed title). Runs after the comments and pins exist, through the real services, so
// everything is audited as the demo moderator. Items are found by the start of their text.
import { and, eq, like } from 'drizzle-orm';
import type { DB } from '../index';
import {
	chapters,
	contributions,
	documents,
	documentVersions,
	modules,
	paragraphs,
	userRoles,
	users
} from '../schema';
import type { SessionUser } from '../../auth/session';
import { reportContribution } from '../../moderation/reports.service';
import { addToPackage, forwardPackage } from '../../moderation/packages.service';
import { assignItems, tagItems } from '../../moderation/triage.service';
import { enterOffline } from '../../moderation/offline.service';

/** The forwarded package; the chain seed (recommendation, response) looks it up by this title. */
export const DEMO_FORWARDED_PACKAGE_TITLE = 'Bezahlbarer Wohnraum in den Quartieren';
export const DEMO_DRAFT_PACKAGE_TITLE = 'Älter werden im Quartier';

const FORWARDED_SUMMARY =
	'Mehrere Beiträge fordern mehr bezahlbare Wohnungen in allen Quartieren. Umstritten ist die Quote für geförderten Wohnungsbau: Die Wohnungswirtschaft hält 30 % für zu hoch und schlägt 25 % mit Überprüfung vor, Bürgerinnen und Mieterbeirat wollen die Quote nicht senken und eher die Förderung verbessern. Dazu kommen Hinweise auf steigende Neuvermietungsmieten und fehlenden Wohnraum für Studierende und Familien.';
const DRAFT_SUMMARY =
	'Ältere Menschen wollen in ihrem Quartier bleiben: Es fehlen barrierefreie Wohnungen, Wohnungen mit Service und kurze Wege.';

const LETTER =
	'Als Mieterbeirat einer Siedlung in Gerthe bitten wir darum, die Quote für geförderte Wohnungen nicht zu senken. In unserer Siedlung suchen viele Familien seit Jahren eine größere Wohnung, die sie bezahlen können. Neue geförderte Wohnungen sollten in allen Stadtteilen entstehen, nicht nur am Stadtrand.';

function userByEmail(db: DB, email: string): SessionUser | null {
	const u = db.select().from(users).where(eq(users.email, email)).get();
	if (!u) return null;
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, u.id))
		.all()
		.map((r) => r.role);
	return {
		id: u.id,
		email: u.email,
		displayName: u.displayName,
		emailVerified: !!u.emailVerifiedAt,
		locale: u.locale,
		roles,
		organisation: null
	};
}

/** The newest contribution of the process whose text starts so (demo texts are unique enough). */
function byText(db: DB, processId: string, start: string): string {
	const row = db
		.select({ id: contributions.id })
		.from(contributions)
		.where(and(eq(contributions.processId, processId), like(contributions.body, `${start}%`)))
		.get();
	if (!row) throw new Error(`demo review: no contribution starting "${start}"`);
	return row.id;
}

/** The quota paragraph of the published version (chapter "bezahlbar"), for the letter. */
function quotaParagraph(db: DB, processId: string) {
	const rows = db
		.select({ chapterId: chapters.id, anchor: paragraphs.anchor, text: paragraphs.text })
		.from(paragraphs)
		.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(
			and(
				eq(modules.processId, processId),
				eq(chapters.key, 'bezahlbar'),
				eq(documentVersions.state, 'published')
			)
		)
		.all();
	return rows.find((r) => /Quote|geförder/.test(r.text)) ?? rows[0] ?? null;
}

function must<T extends { ok: boolean }>(r: T, what: string): T {
	if (!r.ok) throw new Error(`demo review: ${what}: ${(r as unknown as { reason: string }).reason}`);
	return r;
}

export function seedDemoReview(db: DB, processId: string) {
	const mod = userByEmail(db, 'moderation@demo.invalid');
	const buerger = userByEmail(db, 'buerger@demo.invalid');
	const allianz = userByEmail(db, 'allianz@demo.invalid');
	if (!mod || !buerger || !allianz) return null;

	// Offline input: a letter of a tenants' council about the quota.
	const place = quotaParagraph(db, processId);
	const letter = must(
		enterOffline(db, mod.id, processId, {
			channel: 'letter',
			receivedAt: '2023-06-12',
			sender: 'Mieterbeirat Siedlung Gerthe-Süd (Demo), z. Hd. Frau M.',
			body: LETTER,
			paragraph: place ? `${place.chapterId}:${place.anchor}` : ''
		}),
		'letter'
	);
	if (!letter.ok) return null;

	const quota = byText(db, processId, 'Eine Quote von 30 %');
	const quotaReply = byText(db, processId, 'Das sehe ich anders. Wenn die Quote sinkt');
	const rents = byText(db, processId, '7,50 Euro klingt günstig');
	const students = byText(db, processId, 'Rund um die Uni sind WG-Zimmer');
	const families = byText(db, processId, 'Im neuen Quartier auf dem früheren Werksgelände');
	const older = byText(db, processId, 'Diesem Ziel stimme ich voll zu');
	const service = byText(db, processId, 'Genau das fehlt: In Wattenscheid');
	const lift = byText(db, processId, 'Viele Altbauten haben keinen Aufzug');

	must(tagItems(db, mod.id, processId, [quota, quotaReply, letter.id], { label: 'Quote' }), 'tag');
	must(tagItems(db, mod.id, processId, [older, service, lift], { label: 'Ältere Menschen' }), 'tag');
	must(tagItems(db, mod.id, processId, [students], { label: 'Studierende' }), 'tag');

	const forwarded = must(
		addToPackage(db, mod.id, processId, { title: DEMO_FORWARDED_PACKAGE_TITLE, summary: FORWARDED_SUMMARY }, [
			quota,
			quotaReply,
			rents,
			students,
			families,
			letter.id
		]),
		'forwarded package'
	);
	if (!forwarded.ok) return null;
	must(forwardPackage(db, mod.id, forwarded.packageId), 'forward');

	const draft = must(
		addToPackage(db, mod.id, processId, { title: DEMO_DRAFT_PACKAGE_TITLE, summary: DRAFT_SUMMARY }, [
			older,
			service,
			lift
		]),
		'draft package'
	);

	// One pending item is already being looked at.
	const pending = db
		.select({ id: contributions.id })
		.from(contributions)
		.where(and(eq(contributions.processId, processId), eq(contributions.state, 'pending')))
		.get();
	if (pending) must(assignItems(db, mod.id, [pending.id], mod.id), 'assign');

	// Two reports that moderation has not looked at yet (neither hides anything).
	must(
		reportContribution(
			db,
			buerger,
			byText(db, processId, 'Die U35 ist zu Semesterbeginn'),
			'off_topic',
			'Betrifft den Nahverkehr, nicht das Wohnen.'
		),
		'report'
	);
	must(
		reportContribution(
			db,
			allianz,
			byText(db, processId, 'Kleiner Hinweis: Im ersten Satz'),
			'off_topic',
			'Nur ein Tippfehler, kein inhaltlicher Beitrag.'
		),
		'report'
	);

	return {
		forwardedPackageId: forwarded.packageId,
		draftPackageId: draft.ok ? draft.packageId : null,
		letterId: letter.id
	};
}
