// Administration: users and roles, organisations and invitations, audit log.
export const admin = {
	title: 'Verwaltung',
	intro: 'Wählen Sie einen Bereich. Sie sehen nur die Bereiche, die Sie mit Ihren Rollen nutzen dürfen.',
	sectionsLabel: 'Bereiche der Verwaltung',
	noSections: 'Für Ihre Rollen gibt es hier zurzeit keine Bereiche.',
	backToOverview: 'Zurück zur Verwaltung',
	sections: {
		users: {
			title: 'Benutzerkonten',
			description: 'Konten suchen, Rollen vergeben und entziehen.'
		},
		organisations: {
			title: 'Organisationen und Einladungen',
			description: 'Organisationen der Allianz für Wohnen anlegen und Einladungslinks erstellen.'
		},
		audit: {
			title: 'Protokoll',
			description: 'Nachvollziehen, wer wann was geändert hat.'
		}
	},

	users: {
		title: 'Benutzerkonten',
		filterTitle: 'Konten suchen',
		search: 'Anzeigename oder E-Mail-Adresse',
		searchHint: 'Ein Teil des Namens oder der Adresse genügt. Groß- und Kleinschreibung spielt keine Rolle.',
		role: 'Rolle',
		allRoles: 'Alle Rollen',
		submit: 'Suchen',
		reset: 'Suche zurücksetzen',
		caption: 'Benutzerkonten, neueste zuerst',
		captionFiltered: 'Gefundene Benutzerkonten, neueste zuerst',
		displayName: 'Anzeigename',
		email: 'E-Mail-Adresse',
		verified: 'E-Mail bestätigt',
		organisation: 'Organisation',
		roles: 'Rollen',
		created: 'Angelegt am',
		none: 'Keine Konten gefunden.',
		noRoles: 'keine',
		noOrganisation: '–'
	},

	user: {
		back: 'Zurück zu den Benutzerkonten',
		accountTitle: 'Konto',
		displayName: 'Anzeigename',
		email: 'E-Mail-Adresse',
		emailStatus: 'Status der E-Mail-Adresse',
		organisation: 'Organisation',
		noOrganisation: 'keine',
		allianzViaInvitation: 'Nur über die Einladung einer Organisation',
		language: 'Sprache',
		created: 'Angelegt am',
		ownAccount: 'Das ist Ihr eigenes Konto.',
		rolesTitle: 'Rollen',
		rolesIntro:
			'Jede Rolle wird einzeln vergeben oder entzogen. Jede Änderung wird im Protokoll festgehalten und gilt sofort.',
		rolesCaption: 'Rollen dieses Kontos',
		role: 'Rolle',
		meaning: 'Bedeutung',
		status: 'Status',
		has: 'vergeben',
		hasNot: 'nicht vergeben',
		grantedInfo: (date: string, by: string | null) => (by ? `seit ${date}, von ${by}` : `seit ${date}`),
		grant: 'Vergeben',
		revoke: 'Entziehen',
		/** Visually hidden rest of a button's name: "Vergeben – Rolle Moderation für Alex". */
		roleButtonHidden: (role: string, name: string) => `: Rolle „${role}“ für ${name}`,
		granted: (role: string) => `Die Rolle „${role}“ wurde vergeben.`,
		revoked: (role: string) => `Die Rolle „${role}“ wurde entzogen.`,
		unchanged: 'Es wurde nichts geändert; die Rolle war bereits so gesetzt.',
		historyTitle: 'Protokoll zu diesem Konto',
		historyCaption: 'Änderungen an diesem Konto, neueste zuerst',
		historyLimit: (n: number) => `Es werden höchstens die ${n} neuesten Einträge gezeigt.`,
		roleDescriptions: {
			admin: 'Darf alles: Verfahren, Inhalte, Organisationen, Konten und Rollen verwalten.',
			moderation: 'Prüft Beiträge, fasst sie zusammen und leitet sie an das Begleitgremium weiter.',
			gremium: 'Liest weitergeleitete Themenpakete und gibt Empfehlungen ab.',
			allianz: 'Nimmt an den Werkstätten der Allianz für Wohnen teil; gehört zu einer Organisation.'
		}
	},

	organisations: {
		title: 'Organisationen',
		caption: 'Organisationen der Allianz für Wohnen',
		name: 'Name',
		actorType: 'Art der Organisation',
		members: 'Mitglieder',
		created: 'Angelegt am',
		none: 'Es gibt noch keine Organisationen.',
		createTitle: 'Organisation anlegen',
		nameHint: 'Höchstens 200 Zeichen.',
		choose: 'Bitte wählen',
		submit: 'Organisation anlegen',
		createdOk: (name: string) => `Die Organisation „${name}“ wurde angelegt.`,
		toCreated: 'Zur neuen Organisation',
		exists: 'Eine Organisation mit diesem Namen gibt es bereits.',
		actorTypeRequired: 'Bitte wählen Sie die Art der Organisation aus.',
		nameTooLong: 'Der Name darf höchstens 200 Zeichen lang sein.'
	},

	organisation: {
		actorType: 'Art der Organisation',
		created: 'Angelegt am',
		back: 'Zurück zu den Organisationen',
		membersTitle: 'Mitglieder',
		membersCaption: 'Mitglieder dieser Organisation',
		noMembers: 'Diese Organisation hat noch keine Mitglieder.',
		invitationsTitle: 'Einladungen',
		invitationsIntro:
			'Mit einem Einladungslink kann eine Person ein Konto anlegen (oder sich anmelden) und wird Mitglied dieser Organisation mit der Rolle „Allianz für Wohnen“. Jeder Link gilt einmal und 14 Tage lang.',
		invitationsCaption: 'Einladungslinks dieser Organisation, neueste zuerst',
		noInvitations: 'Für diese Organisation wurden noch keine Einladungslinks erstellt.',
		note: 'Notiz',
		noteHint:
			'Zum Beispiel, an wen Sie den Link schicken. Nur für die Verwaltung sichtbar, höchstens 200 Zeichen.',
		noNote: '–',
		createdAt: 'Erstellt am',
		expiresAt: 'Gültig bis',
		status: 'Status',
		statusOpen: 'offen',
		statusExpired: 'abgelaufen oder widerrufen',
		statusUsed: (name: string, date: string) => `verwendet von ${name} am ${date}`,
		createInvitation: 'Einladungslink erstellen',
		linkCreatedTitle: 'Der Einladungslink wurde erstellt.',
		linkLabel: 'Einladungslink',
		linkHint: (date: string) =>
			`Kopieren Sie den Link jetzt und schicken Sie ihn an die eingeladene Person. Er wird nur dieses eine Mal angezeigt und ist bis ${date} gültig (14 Tage).`,
		revoke: 'Widerrufen',
		revokeHidden: (created: string, note: string | null) =>
			note ? `: Einladung vom ${created} (${note})` : `: Einladung vom ${created}`,
		revoked: 'Der Einladungslink wurde widerrufen und kann nicht mehr verwendet werden.',
		revokeFailed: 'Dieser Einladungslink wurde bereits verwendet und kann nicht mehr widerrufen werden.',
		noteTooLong: 'Die Notiz darf höchstens 200 Zeichen lang sein.'
	},

	audit: {
		title: 'Protokoll',
		intro: 'Alle Änderungen an Konten, Rollen, Organisationen und Einladungen, neueste zuerst.',
		filterTitle: 'Einträge filtern',
		action: 'Aktion',
		allActions: 'Alle Aktionen',
		entityType: 'Betroffen',
		allEntityTypes: 'Alle Arten',
		submit: 'Filtern',
		reset: 'Filter zurücksetzen',
		caption: 'Protokolleinträge, neueste zuerst',
		time: 'Zeit',
		actor: 'Wer',
		entity: 'Betroffen',
		details: 'Details',
		showDetails: 'Details anzeigen',
		showDetailsHidden: (id: number) => ` zu Eintrag ${id}`,
		before: 'Vorher',
		after: 'Nachher',
		noDetails: '–',
		none: 'Keine Einträge gefunden.',
		system: 'System'
	},

	actorTypes: {
		housing_company: 'Wohnungsunternehmen',
		cooperative: 'Genossenschaft',
		developer: 'Projektentwicklung',
		bank: 'Bank',
		tenants_association: 'Mieterverein',
		social_organisation: 'Soziale Organisation',
		politics: 'Politik',
		other: 'Sonstige'
	},

	/** Names of audit actions; unknown actions are shown by their code. */
	actions: {
		'role.granted': 'Rolle vergeben',
		'role.revoked': 'Rolle entzogen',
		'organisation.created': 'Organisation angelegt',
		'invitation.created': 'Einladungslink erstellt',
		'invitation.revoked': 'Einladungslink widerrufen',
		'account.deleted': 'Konto gelöscht',
		'process.created': 'Verfahren angelegt',
		'process.updated': 'Verfahren geändert',
		'phase.created': 'Phase angelegt',
		'phase.updated': 'Phase geändert',
		'phase.deleted': 'Phase gelöscht',
		'phase.moved': 'Phase verschoben',
		'phase.modules_updated': 'Module der Phase geändert',
		'meeting.created': 'Termin der Beratungsfolge angelegt',
		'meeting.updated': 'Termin der Beratungsfolge geändert',
		'meeting.deleted': 'Termin der Beratungsfolge gelöscht',
		'module.created': 'Modul angelegt',
		'module.updated': 'Modul geändert',
		'module.deleted': 'Modul gelöscht',
		'document.created': 'Dokument angelegt',
		'document.version_created': 'Neue Fassung angelegt',
		'document.version_published': 'Fassung veröffentlicht',
		'chapter.created': 'Kapitel angelegt',
		'chapter.updated': 'Kapitel geändert',
		'chapter.deleted': 'Kapitel gelöscht',
		'contribution.approved': 'Beitrag freigegeben',
		'contribution.rejected': 'Beitrag nicht veröffentlicht',
		'internal_comment.created': 'Interne Anmerkung geschrieben',
		'recommendation.recorded': 'Empfehlung des Begleitgremiums abgegeben',
		'recommendation.updated': 'Empfehlung des Begleitgremiums geändert',
		'response.recorded': 'Stellungnahme der Verwaltung erfasst',
		'response.updated': 'Stellungnahme der Verwaltung geändert',
		'response.published': 'Stellungnahme veröffentlicht',
		'package.answered': 'Themenpaket beantwortet',
		'comment.attached': 'Kommentar zugeordnet',
		'category.moved': 'Kategorie verschoben',
		'category.archived': 'Kategorie archiviert',
		'category.restored': 'Kategorie wieder aktiviert',
		'category.defaults_added': 'Standardkategorien angelegt'
	} as Record<string, string>,

	/** Names of audited entity types; unknown types are shown by their code. */
	entityTypes: {
		user: 'Konto',
		organisation: 'Organisation',
		invitation: 'Einladung',
		process: 'Verfahren',
		phase: 'Phase',
		committee_meeting: 'Termin der Beratungsfolge',
		module: 'Modul',
		document: 'Dokument',
		document_version: 'Fassung',
		chapter: 'Kapitel',
		contribution: 'Beitrag',
		internal_comment: 'Interne Anmerkung',
		recommendation: 'Empfehlung',
		response: 'Stellungnahme'
	} as Record<string, string>
};
