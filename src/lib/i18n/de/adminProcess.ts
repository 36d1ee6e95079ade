// Administration of processes, phases, modules, the committee schedule and documents.
export const adminProcess = {
	title: 'Verfahren verwalten'
};
