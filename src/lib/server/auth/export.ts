// Everything stored about one person, for the download on the account page (Art. 15/20 DSGVO).
// Modules that store personal contributions add their section here.
import { eq } from 'drizzle-orm';
import type { DB } from '../db';
import {
	consents,
	contributions,
	districts,
	organisations,
	photos,
	pinCategories,
	reports,
	sessions,
	supports,
	userRoles,
	users
} from '../db/schema';

export function exportUserData(db: DB, userId: string) {
	const user = db
		.select({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			emailVerifiedAt: users.emailVerifiedAt,
			locale: users.locale,
			createdAt: users.createdAt,
			organisation: organisations.name,
			organisationActorType: organisations.actorType
		})
		.from(users)
		.leftJoin(organisations, eq(organisations.id, users.organisationId))
		.where(eq(users.id, userId))
		.get();
	if (!user) return null;
	return {
		exportedAt: new Date().toISOString(),
		account: user,
		roles: db
			.select({ role: userRoles.role, grantedAt: userRoles.grantedAt })
			.from(userRoles)
			.where(eq(userRoles.userId, userId))
			.all(),
		consents: db
			.select({ kind: consents.kind, version: consents.version, givenAt: consents.givenAt })
			.from(consents)
			.where(eq(consents.userId, userId))
			.all(),
		sessions: db
			.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
			.from(sessions)
			.where(eq(sessions.userId, userId))
			.all(),
		contributions: db
			.select({
				id: contributions.id,
				kind: contributions.kind,
				body: contributions.body,
				state: contributions.state,
				rejectionReason: contributions.rejectionReason,
				chapterId: contributions.chapterId,
				paragraph: contributions.anchor,
				// Pins: where and what.
				lat: contributions.lat,
				lon: contributions.lon,
				district: districts.name,
				category: pinCategories.label,
				photo: photos.id,
				photoState: photos.state,
				photoAlt: photos.alt,
				createdAt: contributions.createdAt,
				publishedAt: contributions.publishedAt
			})
			.from(contributions)
			.leftJoin(districts, eq(districts.id, contributions.districtId))
			.leftJoin(pinCategories, eq(pinCategories.id, contributions.categoryId))
			.leftJoin(photos, eq(photos.contributionId, contributions.id))
			.where(eq(contributions.authorId, userId))
			.all(),
		reportsFiled: db
			.select({
				contributionId: reports.contributionId,
				reason: reports.reason,
				note: reports.note,
				createdAt: reports.createdAt,
				resolvedAt: reports.resolvedAt
			})
			.from(reports)
			.where(eq(reports.reporterId, userId))
			.all(),
		supports: db
			.select({ contributionId: supports.contributionId, createdAt: supports.createdAt })
			.from(supports)
			.where(eq(supports.userId, userId))
			.all()
	};
}
