// The Bochum demo: one account per role, Allianz organisations, the revision process of the
// Handlungskonzept Wohnen with its phases and the Beratungsfolge. Written in our own words from the seed
// documents. The historic phases keep their real dates (2023); the final information and participation
// phase is placed around the day the demo is seeded, so the demo always has an open phase to try out.
import { sql } from 'drizzle-orm';
import type { DB } from '../index';
import { hashPassword } from '../../auth/password';
import { berlinLocalToDate, dateToBerlinLocal } from '../../../datetime';
import {
	committeeMeetings,
	consents,
	organisations,
	phases,
	processes,
	userRoles,
	users,
	type Role
} from '../schema';
import { PRIVACY_VERSION } from '../../config';
import { seedDemoDocument } from './demo-document';
import { seedDemoMap } from './demo-map';
import { seedDemoChain } from './demo-chain';
import { seedDemoReview } from './demo-review';
import { seedQuarters } from './demo-quarters';

export const DEMO_PROCESS_SLUG = 'handlungskonzept-wohnen';

export const DEMO_ACCOUNTS: { email: string; displayName: string; roles: Role[]; org?: string }[] = [
	{ email: 'admin@demo.invalid', displayName: 'Verwaltung (Demo)', roles: ['admin'] },
	{ email: 'moderation@demo.invalid', displayName: 'Moderation (Demo)', roles: ['moderation'] },
	{ email: 'gremium@demo.invalid', displayName: 'Begleitgremium (Demo)', roles: ['gremium'] },
	{
		email: 'allianz@demo.invalid',
		displayName: 'Allianz-Akteurin (Demo)',
		roles: ['allianz'],
		org: 'Wohnungsgenossenschaft Ruhrtal eG (Demo)'
	},
	{ email: 'buerger@demo.invalid', displayName: 'Bürgerin aus Langendreer', roles: [] }
];

/** Further demo participants who wrote demo comments (no one logs in with them). */
const DEMO_EXTRA_PEOPLE = [
	{ key: 'citizen2', email: 'nachbar.werne@demo.invalid', displayName: 'Nachbar aus Werne' },
	{ key: 'citizen3', email: 'studentin.querenburg@demo.invalid', displayName: 'Studentin in Querenburg' }
] as const;

const DEMO_ORGANISATIONS = [
	{ name: 'Wohnungsgenossenschaft Ruhrtal eG (Demo)', actorType: 'cooperative' as const },
	{ name: 'Mieterverein Mittleres Ruhrgebiet (Demo)', actorType: 'tenants_association' as const },
	{ name: 'Städtische Wohnungsbaugesellschaft (Demo)', actorType: 'housing_company' as const },
	{ name: 'Sparkasse Ruhr-Mitte (Demo)', actorType: 'bank' as const },
	{ name: 'Projektentwicklung Westfalen GmbH (Demo)', actorType: 'developer' as const },
	{ name: 'Wohlfahrtsverband Bochum (Demo)', actorType: 'social_organisation' as const }
];

const DAY = 24 * 60 * 60 * 1000;

function berlin(local: string): Date {
	const d = berlinLocalToDate(local);
	if (!d) throw new Error(`bad demo date ${local}`);
	return d;
}

/** True when the database holds no process and no user yet. */
export function isEmpty(db: DB): boolean {
	const row = db.get<{ n: number }>(
		sql`select (select count(*) from users) + (select count(*) from processes) as n`
	);
	return (row?.n ?? 0) === 0;
}

export async function seedDemo(db: DB, password: string, now = new Date()) {
	const passwordHash = await hashPassword(password);
	// Start of the current Berlin day, so the open phase has round dates.
	const today = berlinLocalToDate(dateToBerlinLocal(now).slice(0, 10))!; // midnight in Bochum
	const people = {} as Record<
		'buerger' | 'allianz' | 'citizen2' | 'citizen3',
		{ id: string; organisationId: string | null }
	>;
	// The demo administration is the actor of the seeded admin work (documents, categories) in the log.
	let adminId = '';
	const seeded = db.transaction((tx) => {
		seedQuarters(tx); // city-wide, not per process
		const orgIds = new Map<string, string>();
		for (const org of DEMO_ORGANISATIONS) {
			const row = tx.insert(organisations).values(org).returning({ id: organisations.id }).get();
			orgIds.set(org.name, row.id);
		}
		for (const account of DEMO_ACCOUNTS) {
			const user = tx
				.insert(users)
				.values({
					email: account.email,
					displayName: account.displayName,
					passwordHash,
					emailVerifiedAt: now,
					organisationId: account.org ? orgIds.get(account.org) : null
				})
				.returning({ id: users.id, organisationId: users.organisationId })
				.get();
			tx.insert(consents).values({ userId: user.id, kind: 'privacy', version: PRIVACY_VERSION }).run();
			for (const role of account.roles) tx.insert(userRoles).values({ userId: user.id, role }).run();
			if (account.roles.includes('admin')) adminId = user.id;
			if (account.email.startsWith('buerger@')) people.buerger = user;
			if (account.email.startsWith('allianz@')) people.allianz = user;
		}
		for (const person of DEMO_EXTRA_PEOPLE) {
			// No usable password: these accounts only carry demo comments.
			const user = tx
				.insert(users)
				.values({
					email: person.email,
					displayName: person.displayName,
					passwordHash: '!',
					emailVerifiedAt: now
				})
				.returning({ id: users.id, organisationId: users.organisationId })
				.get();
			people[person.key] = user;
		}

		const proc = tx
			.insert(processes)
			.values({
				slug: DEMO_PROCESS_SLUG,
				title: 'Fortschreibung Handlungskonzept Wohnen',
				summary:
					'Bochum überarbeitet sein Handlungskonzept Wohnen aus dem Jahr 2017. Lesen Sie den Entwurf Kapitel für Kapitel und sagen Sie zu jedem Absatz, was Sie davon halten.',
				description: [
					'Im November 2017 hat der Rat das Handlungskonzept Wohnen beschlossen. Es war die Grundlage der Wohnungsbauoffensive „In Bochum zu Hause“. Seit Anfang 2023 zieht die Verwaltung Bilanz: Was wurde aus den Maßnahmen der Jahre 2017 bis 2022, welche Instrumente haben gewirkt, welche Ziele wurden erreicht?',
					'Auf dieser Grundlage entsteht ein neues Konzept. Ein Begleitgremium aus Politikerinnen und Politikern, Bürgerinnen und Bürgern, Fachleuten und Verwaltung begleitet die Arbeit. Die Öffentlichkeit konnte sich im Mai und Juni 2023 online beteiligen, die Akteure der Bochumer Allianz für Wohnen haben im September 2023 in einer Werkstatt mitgearbeitet.',
					'In der abschließenden Informations- und Beteiligungsphase können Sie den Entwurf des neuen Konzepts lesen und kommentieren. Danach beraten die politischen Gremien das Konzept.'
				].join('\n\n'),
				published: true
			})
			.returning({ id: processes.id })
			.get();

		const phaseRows = [
			{
				title: 'Online-Beteiligung der Öffentlichkeit',
				description:
					'Drei Wochen lang konnten alle Bochumerinnen und Bochumer online sagen, was ihnen beim Wohnen wichtig ist, und Hinweise zu ihrem Quartier geben.',
				startsAt: berlin('2023-05-25T00:00'),
				endsAt: berlin('2023-06-15T23:59'),
				audience: 'public' as const,
				moderationMode: 'pre' as const
			},
			{
				title: 'Werkstatt der Allianz für Wohnen',
				description:
					'Wohnungsunternehmen, Genossenschaften, Mieterverein, Banken und weitere Akteure haben an Thementischen Maßnahmen diskutiert und gewichtet.',
				startsAt: berlin('2023-09-12T09:00'),
				endsAt: berlin('2023-09-26T18:00'),
				audience: 'allianz' as const,
				moderationMode: 'post' as const
			},
			{
				title: 'Informations- und Beteiligungsphase zum Konzeptentwurf',
				description:
					'Der Entwurf des neuen Handlungskonzepts liegt vor. Lesen Sie die Kapitel und kommentieren Sie einzelne Absätze.',
				startsAt: new Date(today.getTime() - 14 * DAY),
				endsAt: new Date(today.getTime() + 42 * DAY - 60_000),
				audience: 'public' as const,
				moderationMode: 'pre' as const
			}
		];
		const phaseIds = phaseRows.map(
			(p, i) =>
				tx
					.insert(phases)
					.values({ ...p, processId: proc.id, position: i + 1 })
					.returning({ id: phases.id })
					.get().id
		);

		const meetings = [
			{
				meetingDate: '2023-11-16',
				committee: 'Ausschuss für Arbeit, Gesundheit und Soziales',
				competence: 'kenntnisnahme' as const,
				note: 'Bilanz des Handlungskonzepts Wohnen (Antwort der Verwaltung Nr. 20232830)'
			},
			{
				meetingDate: '2023-11-22',
				committee: 'Ausschuss für Strukturentwicklung, Digitalisierung und Europa',
				competence: 'kenntnisnahme' as const,
				note: 'Bilanz des Handlungskonzepts Wohnen (Antwort der Verwaltung Nr. 20232830)'
			},
			{
				meetingDate: '2023-12-19',
				committee: 'Ausschuss für Planung und Grundstücke',
				competence: 'kenntnisnahme' as const,
				note: 'Bilanz des Handlungskonzepts Wohnen (Antwort der Verwaltung Nr. 20232830)'
			},
			// The new concept goes to the committees after this participation phase (planned dates).
			{
				meetingDate: dateToBerlinLocal(new Date(today.getTime() + 70 * DAY)).slice(0, 10),
				committee: 'Ausschuss für Planung und Grundstücke',
				competence: 'beratung' as const,
				note: 'Fortgeschriebenes Handlungskonzept Wohnen, mit dem Ergebnis der Beteiligung (geplant)'
			},
			{
				meetingDate: dateToBerlinLocal(new Date(today.getTime() + 84 * DAY)).slice(0, 10),
				committee: 'Rat der Stadt',
				competence: 'beschluss' as const,
				note: 'Beschluss des fortgeschriebenen Handlungskonzepts Wohnen (geplant)'
			}
		];
		for (const m of meetings)
			tx.insert(committeeMeetings)
				.values({ ...m, processId: proc.id })
				.run();
		return { processId: proc.id, openPhaseId: phaseIds[2], openFrom: phaseRows[2].startsAt };
	});
	seedDemoDocument(db, {
		processId: seeded.processId,
		openPhaseId: seeded.openPhaseId,
		moderationMode: 'pre',
		authors: people,
		adminId,
		from: seeded.openFrom,
		to: new Date(now.getTime() - 60 * 60 * 1000)
	});
	seedDemoMap(db, {
		adminId,
		processId: seeded.processId,
		openPhaseId: seeded.openPhaseId,
		moderationMode: 'pre',
		authors: people,
		from: seeded.openFrom,
		to: new Date(now.getTime() - 60 * 60 * 1000)
	});
	// After comments and pins: tags, reports, an offline letter, a draft and a forwarded package.
	seedDemoReview(db, seeded.processId);
	// Keep last: answers the forwarded package of the demo review seed (does nothing without it).
	seedDemoChain(db, now);
}
