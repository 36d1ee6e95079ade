// Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache.
export const legal = {
	impressumTitle: 'Impressum',
	privacyTitle: 'Datenschutz',
	accessibilityTitle: 'Erklärung zur Barrierefreiheit',
	easyTitle: 'Leichte Sprache'
};
