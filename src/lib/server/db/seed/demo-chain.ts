// The demo's end of the review chain: the Begleitgremium has discussed the forwarded package
// "Bezahlbarer Wohnraum in den Quartieren" (created by the demo review seed), recommended "teilweise
// übernommen", and the administration has published its response, linked to the changed quota paragraph
// of version 2 (30 % → 25 %) and the programme item that follows it. Without that package it does nothing.
// Uses the real services (audited); the authors' 'answered' mails count as sent long ago.
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { DB } from '../index';
import {
	chapters,
	contributions,
	documents,
	documentVersions,
	modules,
	notifications,
	paragraphs,
	topicPackages,
	userRoles,
	users,
	type Role
} from '../schema';
import { addInternalComment, saveRecommendation } from '../../review/gremium.service';
import { publishResponse, saveResponse } from '../../review/response.service';

export const DEMO_CHAIN_PACKAGE_TITLE = 'Bezahlbarer Wohnraum in den Quartieren';

const INTERNAL_NOTE =
	'Die Wohnungswirtschaft hält 30 % bei den heutigen Baukosten für nicht finanzierbar, der Mieterverein hält schon 30 % für zu wenig. Vorschlag für die Empfehlung: 25 % mit verbindlicher Überprüfung nach zwei Jahren. Bitte bis zur nächsten Sitzung die Zahlen der Wohnungsmarktbeobachtung zu geförderten Neubauten seit 2017 nachreichen.';
const RECOMMENDATION =
	'Das Begleitgremium unterstützt eine verbindliche Quote für geförderten Wohnungsbau in allen Quartieren. Eine Quote von 30 % hält es bei den derzeitigen Baukosten und Zinsen aber für zu hoch: Viele Vorhaben würden nicht begonnen. Es empfiehlt 25 % der Wohnfläche und eine Überprüfung nach zwei Jahren, deren Ergebnis veröffentlicht wird.';
const RESPONSE =
	'Die Verwaltung folgt der Empfehlung des Begleitgremiums. In Fassung 2 des Entwurfs gilt die Quote für alle Neubauvorhaben ab 20 Wohnungen mit 25 % geförderter Wohnfläche statt 30 %; sie wird nach zwei Jahren überprüft (Kapitel 4 und Maßnahme 1 des Handlungsprogramms). Die Forderung, die Quote bei 30 % zu belassen, wird nicht übernommen, weil sonst viele Vorhaben unwirtschaftlich würden. Mehr bezahlbarer Wohnraum soll zusätzlich durch eine bessere Beratung zu Fördermitteln entstehen.';

function actor(db: DB, email: string, role: Role) {
	const u = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
	if (!u) return null;
	const roles = db
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, u.id))
		.all()
		.map((r) => r.role);
	return roles.includes(role) || roles.includes('admin') ? { id: u.id, roles, emailVerified: true } : null;
}

/** The paragraph of the newest published version whose text starts so, in the chapter with this key. */
function paragraphOf(db: DB, processId: string, chapterKey: string, startsWith: string) {
	const rows = db
		.select({ id: paragraphs.id, text: paragraphs.text })
		.from(paragraphs)
		.innerJoin(chapters, eq(chapters.id, paragraphs.chapterId))
		.innerJoin(documentVersions, eq(documentVersions.id, chapters.versionId))
		.innerJoin(documents, eq(documents.id, documentVersions.documentId))
		.innerJoin(modules, eq(modules.id, documents.moduleId))
		.where(
			and(
				eq(modules.processId, processId),
				eq(documentVersions.state, 'published'),
				eq(chapters.key, chapterKey)
			)
		)
		.all();
	return rows.find((p) => p.text.replace(/[*_`]/g, '').startsWith(startsWith))?.id ?? null;
}

export function seedDemoChain(db: DB, now = new Date()) {
	const pkg = db
		.select()
		.from(topicPackages)
		.where(and(eq(topicPackages.title, DEMO_CHAIN_PACKAGE_TITLE), ne(topicPackages.state, 'draft')))
		.get();
	const gremium = actor(db, 'gremium@demo.invalid', 'gremium');
	const admin = actor(db, 'admin@demo.invalid', 'admin');
	if (!pkg || !gremium || !admin) return { seeded: false as const };

	const ok = <T extends { ok: boolean }>(r: T, what: string) => {
		if (!r.ok) throw new Error(`demo chain: ${what}: ${(r as unknown as { reason: string }).reason}`);
		return r;
	};
	ok(addInternalComment(db, gremium, { packageId: pkg.id, body: INTERNAL_NOTE }, now), 'internal comment');
	ok(
		saveRecommendation(db, gremium, { packageId: pkg.id, verdict: 'partly', reason: RECOMMENDATION }, now),
		'recommendation'
	);
	const links = [
		paragraphOf(db, pkg.processId, 'bezahlbar', 'Der Entwurf schlägt vor, dass bei allen'),
		paragraphOf(db, pkg.processId, 'programm', 'Quote für geförderten Wohnungsbau einführen')
	].filter((x): x is string => !!x);
	ok(
		saveResponse(
			db,
			admin,
			{ packageId: pkg.id, verdict: 'partly', reason: RESPONSE, paragraphIds: links },
			now
		),
		'response'
	);
	ok(publishResponse(db, admin, { packageId: pkg.id }, now), 'publish');
	// The demo's history: these authors were told long ago (the worker must not mail them at start).
	const items = db
		.select({ id: contributions.id })
		.from(contributions)
		.where(eq(contributions.packageId, pkg.id))
		.all()
		.map((r) => r.id);
	if (items.length)
		db.update(notifications)
			.set({ sentAt: now })
			.where(
				and(
					eq(notifications.event, 'answered'),
					inArray(notifications.contributionId, items),
					isNull(notifications.sentAt)
				)
			)
			.run();
	return { seeded: true as const, packageId: pkg.id, links: links.length };
}
